namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The end-to-end classes share one bot and one Agents Playground and run one after another: two Playgrounds started
/// side by side in one test run lose each other's frames.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Agents Playground";
}

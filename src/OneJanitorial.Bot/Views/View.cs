namespace OneJanitorial.Bot.Views;

/// <summary>
/// One message the bot shows, described once for every channel: blocks top to bottom, then the buttons. Only the
/// renderers under <c>Channels/</c> know how a channel draws it; features and dialogs build nothing else.
/// </summary>
/// <param name="Summary">One plain line: the notification preview, and what a client that cannot draw the view shows.</param>
public sealed record View(string Summary)
{
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    public IReadOnlyList<ViewAction> Actions { get; init; } = [];
}

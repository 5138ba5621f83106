using OneJanitorial.Bot.Surveys;

namespace OneJanitorial.Bot.Huddles;

/// <summary>What the huddle reads of survey calls: the imported clients and the calls logged this month.</summary>
public sealed record HuddleSurveys(IReadOnlyList<Client> Clients, IReadOnlyList<SurveyLog> Calls)
{
    public static HuddleSurveys None { get; } = new([], []);
}

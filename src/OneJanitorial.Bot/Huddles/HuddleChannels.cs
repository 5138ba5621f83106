using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Reminders;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// Which channel gets each team's scheduled huddle posts. A team on a second chat service (Slack's
/// <c>Slack:Channels</c> / <c>Slack:DefaultChannel</c>, where its reminders go too) gets them in that channel instead of
/// its Teams one; every other team in its channel of <c>Reminders:Channels</c> / <c>Reminders:DefaultChannel</c>.
/// </summary>
public sealed class HuddleChannels(IOptions<RemindersOptions> options, TeamChannels? moved = null)
{
    private readonly TeamChannels _moved = moved ?? TeamChannels.None;

    /// <summary>
    /// Every channel that gets the posts: each Teams channel still serving a team that did not move (the default one
    /// unless the second service has a default taking every unlisted team), then each channel of the moved teams.
    /// </summary>
    public IReadOnlyList<string> All()
    {
        var teams = Teams;
        var kept = teams.Rows.Where(row => _moved.Of(row.Key) is null).Select(row => row.Value)
            .Append(_moved.Default is null ? teams.Default : null);
        return [.. kept.OfType<string>().Concat(_moved.All).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The channel that gets <paramref name="team"/>'s posts: its moved channel, else its Teams channel, else none.</summary>
    public string? Of(string team) => _moved.Of(team) ?? Teams.Of(team);

    private TeamChannels Teams => options.Value.Teams;
}

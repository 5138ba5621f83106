namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// One chat service's team channels: a team (the ticket's city) → its channel, and the channel of every team without
/// a row; no default channel: only the teams listed are on that service. Team names match case-insensitively.
/// </summary>
public sealed class TeamChannels
{
    private readonly Dictionary<string, string> _byTeam;

    private TeamChannels(Dictionary<string, string> byTeam, string? defaultChannel)
    {
        _byTeam = byTeam;
        Default = defaultChannel;
    }

    /// <summary>No team is on the service.</summary>
    public static TeamChannels None { get; } = new([], null);

    /// <summary>The channel of the teams without a row, or null.</summary>
    public string? Default { get; }

    /// <summary>Every channel named, once.</summary>
    public IReadOnlyList<string> All => [.. _byTeam.Values.Append(Default).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The map as configured (<paramref name="byTeam"/> keys are teams), blank channels left out and ids trimmed.</summary>
    public static TeamChannels From(IEnumerable<KeyValuePair<string, string>> byTeam, string? defaultChannel) => new(
        byTeam.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => t.Value.Trim(), StringComparer.OrdinalIgnoreCase),
        string.IsNullOrWhiteSpace(defaultChannel) ? null : defaultChannel.Trim());

    /// <summary>The channel serving <paramref name="team"/>, or null when the team is not on this service.</summary>
    public string? Of(string team) => _byTeam.GetValueOrDefault(team) ?? Default;

    /// <summary>The teams listed with a row, each with its channel.</summary>
    public IEnumerable<KeyValuePair<string, string>> Rows => _byTeam;
}

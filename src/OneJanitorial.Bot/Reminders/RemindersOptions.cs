using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Reminders;

/// <summary>Configuration section <c>Reminders</c>.</summary>
public sealed class RemindersOptions
{
    public const string SectionName = "Reminders";

    /// <summary>When the next clean starts if the ticket names only its date (the inspection reminder goes then).</summary>
    public TimeOnly DefaultCleanTime { get; set; } = new(18, 0);

    /// <summary>IANA zone for tickets that have none (imported from the CRM).</summary>
    [Required(AllowEmptyStrings = false)]
    public string DefaultTimeZone { get; set; } = "America/Toronto";

    /// <summary>Office hours on business days, in the ticket's zone; an Urgent ticket outside them alerts on-call.</summary>
    public BusinessHoursOptions BusinessHours { get; set; } = new();

    /// <summary>How often the scheduler looks for due reminders.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>A claimed reminder whose sender vanished (crash) is taken over after this long.</summary>
    [Range(10, 3600)]
    public int ClaimTimeoutSeconds { get; set; } = 120;

    /// <summary>Delivery attempts before a reminder stays failed (listed by <c>reminders failed</c>).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// While the peer (Bot Connector, Slack) is unavailable a reminder keeps being retried past <see cref="MaxAttempts"/>
    /// (backoff capped at 5 min) until it is this many hours past due; then, or on a failure of its own, it stays failed.
    /// </summary>
    [Range(1, 72)]
    public int GiveUpAfterHours { get; set; } = 4;

    /// <summary>
    /// A reminder first seen more than this long after it was due is not sent (tickets older than the bot, imports);
    /// one stored in time is sent however late.
    /// </summary>
    [Range(1, 24 * 30)]
    public int MaxLateHours { get; set; } = 72;

    /// <summary>Run the scheduler in this process (the web host); off for a bot instance that must not send.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>City or region → the team channel's conversation id (Teams: 19:…@thread.tacv2). Keys match case-insensitively.</summary>
    public Dictionary<string, string> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The team channel for a city without a row in <see cref="Channels"/>.</summary>
    public string? DefaultChannel { get; set; }

    /// <summary>The teams' channels (<see cref="Channels"/>, <see cref="DefaultChannel"/>): the one rule for a team's channel, its reminders' and huddles'.</summary>
    public TeamChannels Teams => TeamChannels.From(Channels, DefaultChannel);

    public OnCallOptions OnCall { get; set; } = new();

    /// <summary>The huddle digests posted into every team channel of <see cref="Channels"/> and <see cref="DefaultChannel"/> (a team on Slack: its Slack channel instead).</summary>
    public HuddleTimesOptions Huddles { get; set; } = new();
}

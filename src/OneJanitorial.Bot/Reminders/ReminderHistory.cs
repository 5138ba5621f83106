using System.Globalization;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// What the reminders read from a ticket's event history (<see cref="TicketChange"/>): the client's first response,
/// client contact attempts, a posted review, the next clean's exact start, and the Done / Snooze actions.
/// </summary>
public sealed class ReminderHistory(IReadOnlyList<TicketEvent> events)
{
    private static readonly HashSet<TicketChange> Work =
        [TicketChange.Field, TicketChange.Stage, TicketChange.RecapSent, TicketChange.ClientResponse, TicketChange.ClientAttempt];

    public IReadOnlyList<TicketEvent> Events { get; } = events;

    /// <summary>When the client first got an answer; null while nobody has responded.</summary>
    public DateTimeOffset? ClientRespondedAt => Events.Where(e => e.Change == TicketChange.ClientResponse).Select(e => (DateTimeOffset?)e.At).Min();

    /// <summary>Someone called, wrote a note, moved the ticket or answered the client before <paramref name="instant"/> (creation alone is not work).</summary>
    public bool WorkedBefore(DateTimeOffset instant) => Events.Any(e => Work.Contains(e.Change) && e.At < instant);

    public bool ReviewWasPosted => Events.Any(e => e.Change == TicketChange.ReviewPosted);

    /// <summary>The latest time the review status was set to Review Requested.</summary>
    public DateTimeOffset? ReviewRequestedAt => Events
        .Where(e => e.Field == "closure.review" && e.NewValue == nameof(ReviewStatus.ReviewRequested))
        .Select(e => (DateTimeOffset?)e.At).Max();

    /// <summary>The latest recorded start of the next clean (local wall-clock time).</summary>
    public DateTime? NextCleanStart => Events.Where(e => e.Change == TicketChange.NextCleanStart).Select(e => ParseLocal(e.NewValue)).LastOrDefault(d => d is not null);

    /// <summary>Client contact attempts since the ticket last moved to Client Pending Close, unanswered by the client.</summary>
    public IReadOnlyList<DateTimeOffset> UnansweredAttemptsSincePendingClose()
    {
        var since = Events.Where(e => e.Field == "stage" && e.NewValue == nameof(TicketStage.ClientPendingClose)).Select(e => e.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var lastResponse = Events.Where(e => e.Change == TicketChange.ClientResponse).Select(e => e.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var from = since > lastResponse ? since : lastResponse;
        return [.. Events.Where(e => e.Change == TicketChange.ClientAttempt && e.At >= from).Select(e => e.At).Order()];
    }

    /// <summary>Where a reminder due at <paramref name="due"/> went: snoozed on (possibly several times), then done or still due.</summary>
    public (DateTimeOffset Due, bool Done) Follow(ReminderKind kind, DateTimeOffset due)
    {
        var name = kind.Name();
        for (var hops = 0; hops < 100; hops++)
        {
            var stamp = Stamp(due);
            if (Events.Any(e => e.Change == TicketChange.ReminderDone && e.Field == name && e.OldValue == stamp))
            {
                return (due, true);
            }
            var snooze = Events.LastOrDefault(e => e.Change == TicketChange.ReminderSnoozed && e.Field == name && e.OldValue == stamp);
            if (snooze is null || !DateTimeOffset.TryParse(snooze.NewValue, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until))
            {
                return (due, false);
            }
            due = until;
        }
        return (due, false);
    }

    /// <summary>How a due instant is written in the history (UTC, seconds).</summary>
    public static string Stamp(DateTimeOffset due) =>
        due.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTime? ParseLocal(string? value) =>
        DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? local
            : null;
}

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Ticket history events the reminders add and read (<see cref="Tickets.TicketEvent.Change"/>). Done and Snooze name
/// the reminder by kind (field) and the due instant acted on (old value, <see cref="ReminderHistory.Stamp"/>); a
/// snooze's new value is when it fires again.
/// </summary>
public static class ReminderEvents
{
    /// <summary>The client got a first answer (the 90-minute KPI is measured to it).</summary>
    public const string ClientResponse = "client-response";

    /// <summary>An attempt to reach the client on a Client Pending Close ticket.</summary>
    public const string ClientAttempt = "client-attempt";

    public const string ReviewPosted = "review-posted";

    /// <summary>The next clean's exact local start (new value yyyy-MM-ddTHH:mm, in the ticket's zone).</summary>
    public const string NextCleanStart = "next-clean-start";

    public const string ReminderDone = "reminder-done";
    public const string ReminderSnoozed = "reminder-snoozed";
}

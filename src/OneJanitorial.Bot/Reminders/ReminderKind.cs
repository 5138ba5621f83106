namespace OneJanitorial.Bot.Reminders;

/// <summary>The SOP deadlines the bot reminds of (issue 12's table), and the scheduled huddle posts; <see cref="ReminderKinds.Name"/> is the CLI name.</summary>
public enum ReminderKind
{
    ClientResponse,
    SameDay,
    FollowUpCall,
    InspectionReminder,
    FeedbackCheckIn,
    SolvedFirstAttempt,
    EstClose,
    Overdue,
    ReviewFollowUp,
    PendingClose,
    OnCall,

    /// <summary>The morning huddle digest posted into a team channel (not a ticket's reminder).</summary>
    MorningHuddle,

    /// <summary>The end-of-day huddle digest posted into a team channel (not a ticket's reminder).</summary>
    EndOfDayHuddle,
}

public static class ReminderKinds
{
    private static readonly Dictionary<ReminderKind, string> Names = new()
    {
        [ReminderKind.ClientResponse] = "client-response",
        [ReminderKind.SameDay] = "same-day",
        [ReminderKind.FollowUpCall] = "follow-up-call",
        [ReminderKind.InspectionReminder] = "inspection-reminder",
        [ReminderKind.FeedbackCheckIn] = "feedback-check-in",
        [ReminderKind.SolvedFirstAttempt] = "solved-first-attempt",
        [ReminderKind.EstClose] = "est-close",
        [ReminderKind.Overdue] = "overdue",
        [ReminderKind.ReviewFollowUp] = "review-follow-up",
        [ReminderKind.PendingClose] = "pending-close",
        [ReminderKind.OnCall] = "on-call",
        [ReminderKind.MorningHuddle] = "morning-huddle",
        [ReminderKind.EndOfDayHuddle] = "end-of-day-huddle",
    };

    public static string Name(this ReminderKind kind) => Names[kind];

    public static bool TryParse(string? name, out ReminderKind kind)
    {
        foreach (var (candidate, label) in Names)
        {
            if (string.Equals(label, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}

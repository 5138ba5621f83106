namespace OneJanitorial.Bot.Reminders;

/// <summary>The SOP deadlines the bot reminds of (issue 12's table); <see cref="ReminderKinds.Name"/> is the CLI name.</summary>
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

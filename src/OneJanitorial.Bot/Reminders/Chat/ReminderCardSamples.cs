using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Reminders.Chat;

/// <summary>The reminder views filled with sample data, for <c>cards export</c> and the card contract tests.</summary>
public static class ReminderCardSamples
{
    private static readonly TimeZoneInfo Edmonton = TimeZoneInfo.FindSystemTimeZoneById("America/Edmonton");

    /// <summary>Each sample's name and view; the reminder cards come from DI, with the buttons other features offer on them.</summary>
    public static IReadOnlyList<(string Name, Func<ReminderCards, View> Build)> All { get; } =
    [
        ("reminders.mine", _ => MyRemindersCard.Build(
        [
            Reminder.At(42, ReminderKind.FollowUpCall, new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.Zero), Edmonton, ReminderTarget.Owner),
            Reminder.At(42, ReminderKind.EstClose, new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero), Edmonton, ReminderTarget.Owner),
        ])),
        ("reminder.card", cards => cards.Build(new ReminderNotice(Due(ReminderKind.ClientResponse, 10), Ticket(), Late: false))),
        ("reminder.card-late", cards => cards.Build(new ReminderNotice(Due(ReminderKind.FeedbackCheckIn, 10), Ticket(), Late: true))),
        ("reminder.question", cards => cards.Question(Ticket(), Due(ReminderKind.SolvedFirstAttempt, 10))),
        ("reminder.snoozed", cards => cards.Acted(Ticket(), ReminderKind.ClientResponse,
            $"💤 Snoozed by Casey to {ReminderText.When(Due(ReminderKind.ClientResponse, 11))}: it comes back then.")),
    ];

    private static Reminder Due(ReminderKind kind, int hour) =>
        Reminder.At(42, kind, new DateTimeOffset(2026, 11, 18, hour, 45, 0, TimeSpan.FromHours(-7)), Edmonton, ReminderTarget.Owner);

    private static Ticket Ticket() => new()
    {
        Number = 42,
        Type = TicketType.NewConcern,
        Title = "New Concern — Walmart — Cleaning Issue — Jane Doe — $100",
        Client = "Walmart",
        Building = "Store 12",
        City = "Edmonton",
        Concern = "Cleaning Issue",
        Cleaner = "Jane Doe",
        Owner = "Taylor",
        TimeZone = Edmonton.Id,
        CreateDate = new DateOnly(2026, 11, 18),
        EstCloseDate = new DateOnly(2026, 11, 25),
    };
}

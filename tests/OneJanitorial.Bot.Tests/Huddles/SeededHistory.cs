using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tests.Reminders;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>
/// Seven Toronto tickets as of Wed 2026-11-18 (EST, UTC-5). Times below are Toronto local.
/// #1 NC Medium Open Ticket, received Mon 11-16 09:00, client answered 10:00 (60 min), est. close 11-23, not called yet.
/// #2 R1 High Client Pending Close, received Tue 11-10 13:00, answered 15:00 (120 min: late), recap sent 11-11,
///    est. close 11-17 (overdue 1 business day), no follow-up set, consequence not stated, master note incomplete.
/// #3 Move to BCO Urgent New Submission, received today 07:00, untouched, est. close today, jumbled title,
///    checklist not verified, no bucket.
/// #4 NC closed Tue 11-17 15:00, created 11-05 (12 days), received 11-05 09:00 answered 09:30, no recap, no review status.
/// #5 Extra Service Low closed today 07:30, created 11-16 (2 days), received 11-16 10:00 answered 11:00, Not Eligible.
/// #6 Client Update Low New Submission, received Tue 11-17 16:45, untouched, est. close 11-24.
/// #7 NC closed Fri 10-30 (last month), no review status: outside this month, never counted.
/// </summary>
internal static class SeededHistory
{
    public const string Toronto = "America/Toronto";
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(Toronto);
    public static readonly DateTimeOffset Morning = At("2026-11-18T08:00");
    public static readonly DateTimeOffset EndOfDay = At("2026-11-18T16:30");

    public static DateTimeOffset At(string local) =>
        new(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(-5));

    public static IReadOnlyList<HuddleTicket> Tickets() =>
    [
        Make(1, TicketType.NewConcern, TicketPriority.Medium, TicketStage.OpenTicket, "2026-11-16T09:00", "2026-11-23", "Taylor",
            events: [Response(1, "2026-11-16T10:00")]),
        Make(2, TicketType.R1, TicketPriority.High, TicketStage.ClientPendingClose, "2026-11-10T13:00", "2026-11-17", "Peter",
            note: Verified with { ConsequenceStated = false },
            events: [Response(2, "2026-11-10T15:00"), Event(2, "2026-11-11T10:00", TicketChange.RecapSent)]),
        Make(3, TicketType.MoveToBco, TicketPriority.Urgent, TicketStage.NewSubmission, "2026-11-18T07:00", "2026-11-18", "Taylor",
            note: new MasterNote(), bucket: null).With(t => t with { Title = "BCO - Acme - missed clean" }),
        Make(4, TicketType.NewConcern, TicketPriority.Medium, TicketStage.ClosedClientTicket, "2026-11-05T09:00", "2026-11-12", "Peter",
            note: Verified with { FollowUpCallAt = At("2026-11-06T10:00"), ConsequenceStated = true },
            events: [Response(4, "2026-11-05T09:30")]).With(t => t with { ClosedAt = At("2026-11-17T15:00") }),
        Make(5, TicketType.ExtraService, TicketPriority.Low, TicketStage.ClosedClientTicket, "2026-11-16T10:00", "2026-11-20", "Taylor",
            bucket: null, events: [Response(5, "2026-11-16T11:00")])
            .With(t => t with { ClosedAt = At("2026-11-18T07:30"), Closure = new TicketClosure { Review = ReviewStatus.NotEligible, NotEligibleReason = "no written satisfaction" } }),
        Make(6, TicketType.ClientUpdate, TicketPriority.Low, TicketStage.NewSubmission, "2026-11-17T16:45", "2026-11-24", "Peter", bucket: null),
        Make(7, TicketType.NewConcern, TicketPriority.Medium, TicketStage.ClosedClientTicket, "2026-10-20T09:00", "2026-10-27", "Taylor",
            events: [Response(7, "2026-10-20T09:10")]).With(t => t with { ClosedAt = At("2026-10-30T12:00") }),
    ];

    private static readonly MasterNote Verified = new() { ChecklistVerified = true, IssueBucket = IssueBucket.Bucket2 };

    private static HuddleTicket Make(long number, TicketType type, TicketPriority priority, TicketStage stage, string received, string estClose,
        string owner, MasterNote? note = null, IssueBucket? bucket = IssueBucket.Bucket2, TicketEvent[]? events = null)
    {
        var at = At(received);
        var ticket = ReminderTickets.Open(Toronto, at) with
        {
            Number = number,
            Type = type,
            Title = TicketTitle.Format(type, "Walmart", "Cleaning Issue", "Jane Doe", 1250.5m),
            Client = "Walmart",
            Concern = "Cleaning Issue",
            Cleaner = "Jane Doe",
            BillingPrice = 1250.5m,
            Priority = priority,
            Stage = stage,
            CreateDate = DateOnly.FromDateTime(at.DateTime),
            EstCloseDate = DateOnly.Parse(estClose, System.Globalization.CultureInfo.InvariantCulture),
            Owner = owner,
            Bucket = bucket,
            Note = note ?? Verified,
        };
        return new HuddleTicket(ticket, new ReminderHistory(events ?? []), Zone);
    }

    public static HuddleTicket With(this HuddleTicket t, Func<Ticket, Ticket> change) => t with { Ticket = change(t.Ticket) };

    private static TicketEvent Response(long ticket, string local) => Event(ticket, local, TicketChange.ClientResponse);

    private static TicketEvent Event(long ticket, string local, TicketChange change) => new(0, ticket, At(local), "una", change, null, null, null, null);
}

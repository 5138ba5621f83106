using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Reminders.ReminderTickets;

namespace OneJanitorial.Bot.Tests.Reminders;

public sealed class ReminderRulesTests
{
    private readonly FakeTimeProvider _clock = new(Utc("2026-11-18T16:20:00Z"));

    private IReadOnlyList<Reminder> Derive(Ticket ticket, params TicketEvent[] events) =>
        ReminderRules.Derive(ticket, events, Settings(), _clock.GetUtcNow());

    private static Reminder Single(IReadOnlyList<Reminder> reminders, ReminderKind kind) => Assert.Single(reminders, r => r.Kind == kind);

    [Fact]
    public void Derive_NoClientResponse_ClientResponseNinetyMinutesAfterReceived()
    {
        var reminder = Single(Derive(Open()), ReminderKind.ClientResponse);

        Assert.Equal(Utc("2026-11-18T17:45:00Z"), reminder.DueUtc);
        Assert.Equal(new DateTime(2026, 11, 18, 10, 45, 0), reminder.DueLocal);
        Assert.Equal(Edmonton, reminder.TimeZone);
        Assert.Equal(ReminderTarget.Owner, reminder.Target);
        Assert.Equal("42/client-response/2026-11-18T17:45:00Z", reminder.Key);
    }

    [Fact]
    public void Derive_ClientResponseRecorded_NoClientResponseReminder()
    {
        var reminders = Derive(Open(), Event(Received.AddMinutes(30), TicketChange.ClientResponse));

        Assert.DoesNotContain(reminders, r => r.Kind == ReminderKind.ClientResponse);
    }

    [Fact]
    public void Derive_NotWorked_SameDayAtFourPmLocal()
    {
        var reminder = Single(Derive(Open()), ReminderKind.SameDay);

        Assert.Equal(Utc("2026-11-18T23:00:00Z"), reminder.DueUtc);
        Assert.Equal(new DateTime(2026, 11, 18, 16, 0, 0), reminder.DueLocal);
    }

    [Fact]
    public void Derive_NoteWritten_NoSameDayReminder()
    {
        var reminders = Derive(Open(), Event(Received.AddHours(1), TicketChange.Field, "note.why", null, "Missed the mat"));

        Assert.DoesNotContain(reminders, r => r.Kind == ReminderKind.SameDay);
    }

    [Fact]
    public void Derive_ReceivedAfterFourPm_SameDayDueAtOnce()
    {
        var late = new DateTimeOffset(2026, 11, 18, 16, 40, 0, TimeSpan.FromHours(-7));

        var reminder = Single(Derive(Open(received: late)), ReminderKind.SameDay);

        Assert.Equal(late, reminder.DueUtc);
    }

    [Fact]
    public void Derive_FollowUpCallBookedInAnotherOffset_DueAtThatInstantReadInTicketZone()
    {
        // Booked as 10:00 Toronto time; the Edmonton reader sees 08:00.
        var ticket = Open() with { Note = Open().Note with { FollowUpCallAt = new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.FromHours(-5)) } };

        var reminder = Single(Derive(ticket), ReminderKind.FollowUpCall);

        Assert.Equal(Utc("2026-11-19T15:00:00Z"), reminder.DueUtc);
        Assert.Equal(new DateTime(2026, 11, 19, 8, 0, 0), reminder.DueLocal);
    }

    [Fact]
    public void Derive_FollowUpMoved_ReminderMoves()
    {
        var first = Open() with { Note = Open().Note with { FollowUpCallAt = new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.FromHours(-7)) } };
        var moved = first with { Note = first.Note with { FollowUpCallAt = new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.FromHours(-7)) } };

        Assert.Equal(Utc("2026-11-19T17:00:00Z"), Single(Derive(first), ReminderKind.FollowUpCall).DueUtc);
        Assert.Equal(Utc("2026-11-20T21:30:00Z"), Single(Derive(moved), ReminderKind.FollowUpCall).DueUtc);
    }

    [Fact]
    public void Derive_NextCleanDateOnly_InspectionAtDefaultCleanTime()
    {
        var reminder = Single(Derive(Open()), ReminderKind.InspectionReminder);

        Assert.Equal(new DateTime(2026, 11, 19, 18, 0, 0), reminder.DueLocal);
        Assert.Equal(Utc("2026-11-20T01:00:00Z"), reminder.DueUtc);
    }

    [Fact]
    public void Derive_NextCleanStartRecorded_InspectionAtThatStart()
    {
        var reminder = Single(Derive(Open(), Event(Received, TicketChange.NextCleanStart, newValue: "2026-11-19T21:30")), ReminderKind.InspectionReminder);

        Assert.Equal(new DateTime(2026, 11, 19, 21, 30, 0), reminder.DueLocal);
    }

    [Fact]
    public void Derive_RecordedStartForAnEarlierDate_NoteDateWinsAtDefaultTime()
    {
        var ticket = Open() with { Note = Open().Note with { NextClean = new DateOnly(2026, 11, 20) } };

        var reminder = Single(Derive(ticket, Event(Received, TicketChange.NextCleanStart, newValue: "2026-11-19T21:30")), ReminderKind.InspectionReminder);

        Assert.Equal(new DateTime(2026, 11, 20, 18, 0, 0), reminder.DueLocal);
    }

    [Fact]
    public void Derive_CleanOnThursday_FeedbackCheckInFridayAtEight()
    {
        var reminder = Single(Derive(Open()), ReminderKind.FeedbackCheckIn);

        Assert.Equal(Utc("2026-11-20T15:00:00Z"), reminder.DueUtc);
        Assert.Equal(new DateTime(2026, 11, 20, 8, 0, 0), reminder.DueLocal);
    }

    [Fact]
    public void Derive_WeekendNextClean_FeedbackCheckInMonday()
    {
        var ticket = Open() with { Note = Open().Note with { NextClean = new DateOnly(2026, 11, 21) } };

        Assert.Equal(new DateTime(2026, 11, 23, 8, 0, 0), Single(Derive(ticket), ReminderKind.FeedbackCheckIn).DueLocal);
    }

    [Fact]
    public void Derive_HolidayAfterClean_FeedbackCheckInSkipsIt()
    {
        var reminders = ReminderRules.Derive(Open(), [], Settings(new DateOnly(2026, 11, 20)), _clock.GetUtcNow());

        Assert.Equal(new DateTime(2026, 11, 23, 8, 0, 0), Single(reminders, ReminderKind.FeedbackCheckIn).DueLocal);
        Assert.Equal(new DateTime(2026, 11, 23, 8, 0, 0), Single(reminders, ReminderKind.SolvedFirstAttempt).DueLocal);
    }

    [Fact]
    public void Derive_SolvedFirstAttemptUnanswered_AskedWithTheCheckIn()
    {
        var reminders = Derive(Open());

        Assert.Equal(Single(reminders, ReminderKind.FeedbackCheckIn).DueUtc, Single(reminders, ReminderKind.SolvedFirstAttempt).DueUtc);
    }

    [Fact]
    public void Derive_SolvedFirstAttemptAnswered_NotAskedAgain()
    {
        var ticket = Open() with { Note = Open().Note with { SolvedOnFirstAttempt = false } };

        Assert.DoesNotContain(Derive(ticket), r => r.Kind == ReminderKind.SolvedFirstAttempt);
    }

    [Fact]
    public void Derive_OpenTicket_EstCloseAtNineOnTheEstimatedCloseDate()
    {
        var reminder = Single(Derive(Open()), ReminderKind.EstClose);

        Assert.Equal(new DateTime(2026, 11, 25, 9, 0, 0), reminder.DueLocal);
        Assert.Equal(ReminderTarget.Owner, reminder.Target);
    }

    [Fact]
    public void Derive_BeforeEstClose_FirstOverdueNextBusinessDayToChannel()
    {
        var overdue = Single(Derive(Open()), ReminderKind.Overdue);

        Assert.Equal(new DateTime(2026, 11, 26, 9, 0, 0), overdue.DueLocal);
        Assert.Equal(ReminderTarget.Channel, overdue.Target);
    }

    [Fact]
    public void Derive_PastEstCloseOverAWeekend_LatestDueOverdueAndTheNextOne()
    {
        _clock.SetUtcNow(Utc("2026-11-30T20:00:00Z")); // Mon 13:00 local: Thu, Fri, Mon were due

        var overdue = Derive(Open()).Where(r => r.Kind == ReminderKind.Overdue).Select(r => r.DueLocal).ToList();

        Assert.Equal([new DateTime(2026, 11, 30, 9, 0, 0), new DateTime(2026, 12, 1, 9, 0, 0)], overdue);
    }

    [Fact]
    public void Derive_ReviewRequested_OneFollowUpFortyEightHoursLater()
    {
        var ticket = Open() with { Closure = new TicketClosure { Review = ReviewStatus.ReviewRequested } };
        var requested = Utc("2026-11-23T17:10:00Z");

        var reminder = Single(Derive(ticket, Event(requested, TicketChange.Field, "closure.review", null, "ReviewRequested")), ReminderKind.ReviewFollowUp);

        Assert.Equal(Utc("2026-11-25T17:10:00Z"), reminder.DueUtc);
    }

    [Fact]
    public void Derive_ReviewPosted_NoFollowUp()
    {
        var ticket = Open() with { Closure = new TicketClosure { Review = ReviewStatus.ReviewRequested } };

        var reminders = Derive(ticket,
            Event(Utc("2026-11-23T17:10:00Z"), TicketChange.Field, "closure.review", null, "ReviewRequested"),
            Event(Utc("2026-11-24T12:00:00Z"), TicketChange.ReviewPosted));

        Assert.DoesNotContain(reminders, r => r.Kind == ReminderKind.ReviewFollowUp);
    }

    [Fact]
    public void Derive_ClosedTicket_CancelsAllButTheReviewFollowUp()
    {
        var closed = Open() with { Stage = TicketStage.ClosedClientTicket, Closure = new TicketClosure { Review = ReviewStatus.ReviewRequested } };

        var reminders = Derive(closed, Event(Utc("2026-11-23T17:10:00Z"), TicketChange.Field, "closure.review", null, "ReviewRequested"));

        Assert.Equal([ReminderKind.ReviewFollowUp], reminders.Select(r => r.Kind));
        Assert.Empty(Derive(closed with { Closure = new TicketClosure { Review = ReviewStatus.NotEligible } }));
    }

    [Fact]
    public void Derive_TwoUnansweredAttemptsOnPendingClose_PendingCloseTwoBusinessDaysAfterTheSecond()
    {
        var pending = Open() with { Stage = TicketStage.ClientPendingClose };

        var reminder = Single(Derive(pending,
            Event(Utc("2026-11-19T16:00:00Z"), TicketChange.Stage, "stage", "OpenTicket", "ClientPendingClose"),
            Event(Utc("2026-11-19T17:00:00Z"), TicketChange.ClientAttempt),
            Event(Utc("2026-11-20T17:30:00Z"), TicketChange.ClientAttempt)), ReminderKind.PendingClose);

        Assert.Equal(new DateTime(2026, 11, 24, 10, 30, 0), reminder.DueLocal); // Fri 10:30 + 2 business days = Tue
    }

    [Fact]
    public void Derive_ClientAnsweredAfterTheAttempts_NoPendingClose()
    {
        var pending = Open() with { Stage = TicketStage.ClientPendingClose };

        var reminders = Derive(pending,
            Event(Utc("2026-11-19T17:00:00Z"), TicketChange.ClientAttempt),
            Event(Utc("2026-11-20T17:30:00Z"), TicketChange.ClientAttempt),
            Event(Utc("2026-11-20T19:00:00Z"), TicketChange.ClientResponse));

        Assert.DoesNotContain(reminders, r => r.Kind == ReminderKind.PendingClose);
        Assert.DoesNotContain(Derive(pending, Event(Utc("2026-11-19T17:00:00Z"), TicketChange.ClientAttempt)), r => r.Kind == ReminderKind.PendingClose);
    }

    [Theory]
    [InlineData("Missed Clean", "2026-11-18T22:30:00-07:00", true)]
    [InlineData("Doors not locked", "2026-11-21T10:00:00-07:00", true)] // Saturday
    [InlineData("Alarm not set", "2026-11-18T07:59:00-07:00", true)]
    [InlineData("Missed Clean", "2026-11-18T10:00:00-07:00", false)] // business hours
    [InlineData("Alarm issue", "2026-11-18T22:30:00-07:00", false)] // not in the on-call list
    public void Derive_UrgentConcern_OnCallOnlyOutsideBusinessHours(string concern, string received, bool expected)
    {
        var at = Utc(received);
        var ticket = Open(received: at) with { Priority = TicketPriority.Urgent, Concern = concern };

        var onCall = Derive(ticket).Where(r => r.Kind == ReminderKind.OnCall).ToList();

        Assert.Equal(expected, onCall.Count == 1);
        Assert.All(onCall, r => Assert.Equal((at, ReminderTarget.OnCall), (r.DueUtc, r.Target)));
    }

    [Fact]
    public void Derive_MediumMissedCleanAtNight_NoOnCall()
    {
        var ticket = Open(received: Utc("2026-11-18T22:30:00-07:00")) with { Concern = "Missed Clean" };

        Assert.DoesNotContain(Derive(ticket), r => r.Kind == ReminderKind.OnCall);
    }

    [Fact]
    public void Derive_NextCleanAt0230OnSpringForwardDay_FiresWhenClocksShow0330()
    {
        var ticket = Open() with { Note = new MasterNote { NextClean = new DateOnly(2027, 3, 14) } };

        var reminder = Single(Derive(ticket, Event(Received, TicketChange.NextCleanStart, newValue: "2027-03-14T02:30")), ReminderKind.InspectionReminder);

        Assert.Equal(Utc("2027-03-14T09:30:00Z"), reminder.DueUtc);
        Assert.Equal(new DateTime(2027, 3, 14, 3, 30, 0), reminder.DueLocal);
    }

    [Fact]
    public void Derive_NextCleanAt0230OnFallBackDay_FiresOnceInStandardTime()
    {
        var ticket = Open() with { Note = new MasterNote { NextClean = new DateOnly(2026, 11, 1) } };

        var reminder = Single(Derive(ticket, Event(Received, TicketChange.NextCleanStart, newValue: "2026-11-01T02:30")), ReminderKind.InspectionReminder);

        Assert.Equal(Utc("2026-11-01T09:30:00Z"), reminder.DueUtc);
        Assert.Equal(new DateTime(2026, 11, 1, 2, 30, 0), reminder.DueLocal);
    }

    [Fact]
    public void Derive_DefaultCleanTimeInTheRepeatedHour_FiresAtTheFirstOccurrence()
    {
        var settings = ReminderSettings.From(new RemindersOptions { DefaultCleanTime = new TimeOnly(1, 30) }, new TicketsOptions());
        var ticket = Open() with { Note = new MasterNote { NextClean = new DateOnly(2026, 11, 1) } };

        var reminder = Single(ReminderRules.Derive(ticket, [], settings, _clock.GetUtcNow()), ReminderKind.InspectionReminder);

        Assert.Equal(Utc("2026-11-01T07:30:00Z"), reminder.DueUtc); // 01:30 MDT, not 01:30 MST an hour later
    }

    [Fact]
    public void Derive_Snoozed_MovesToTheSnoozeEnd()
    {
        var events = new[] { Event(_clock.GetUtcNow(), TicketChange.ReminderSnoozed, "client-response", "2026-11-18T17:45:00Z", "2026-11-18T18:45:00Z") };

        Assert.Equal(Utc("2026-11-18T18:45:00Z"), Single(Derive(Open(), events), ReminderKind.ClientResponse).DueUtc);
    }

    [Fact]
    public void Derive_SnoozedThenDone_Gone()
    {
        var reminders = Derive(Open(),
            Event(_clock.GetUtcNow(), TicketChange.ReminderSnoozed, "same-day", "2026-11-18T23:00:00Z", "2026-11-19T15:00:00Z"),
            Event(_clock.GetUtcNow(), TicketChange.ReminderDone, "same-day", "2026-11-19T15:00:00Z"));

        Assert.DoesNotContain(reminders, r => r.Kind == ReminderKind.SameDay);
    }

    [Fact]
    public void Derive_ImportedTicketWithoutZone_DefaultZone()
    {
        var reminder = Single(Derive(Open(zone: null)), ReminderKind.EstClose);

        Assert.Equal("America/Toronto", reminder.TimeZone);
        Assert.Equal(Utc("2026-11-25T14:00:00Z"), reminder.DueUtc);
    }

    [Fact]
    public void Derive_AnyTicket_OrderedByDueWithUniqueKeys()
    {
        var reminders = Derive(Open());

        Assert.Equal(reminders.OrderBy(r => r.DueUtc), reminders);
        Assert.Equal(reminders.Count, reminders.Select(r => r.Key).Distinct().Count());
    }
}

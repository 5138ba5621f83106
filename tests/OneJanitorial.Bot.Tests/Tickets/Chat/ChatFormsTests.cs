using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Tickets.Chat;
using OneJanitorial.Bot.Views.Forms;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

public sealed class ChatFormsTests
{
    private static Dictionary<string, string> Values(params (string Key, string Value)[] more)
    {
        var values = new Dictionary<string, string>(TicketCardSamples.SampleValues);
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }
        return values;
    }

    /// <summary>The values entered on the intake cards: the draft, and the reader holding what could not be read.</summary>
    private static (IntakeDraft Draft, FormReader Form) Entered(IReadOnlyDictionary<string, string> values)
    {
        var form = new FormReader(values);
        var fields = IntakeTable.All(TimeZoneInfo.FindSystemTimeZoneById(values["timeZone"]));
        return (new IntakeState(IntakeStep.Review).Enter(fields, values, form).Draft, form);
    }

    private static IntakeDraft Draft(IReadOnlyDictionary<string, string> values) => Entered(values).Draft;

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("receivedTime", "23:30", "receivedTime", "The received time is in the future.")]
    [InlineData("serviceDate", "2026-11-24", "serviceDate", "The service affected cannot be after the day the ticket was received.")]
    [InlineData("concern", "Other", "concernOther", "Say what the concern is.")]
    [InlineData("source", "fax", "source", "Choose Email, Form or Phone.")]
    [InlineData("receivedDate", "23/11/2026", "receivedDate", "Received date must be a date (yyyy-MM-dd) from 1980-01-01 to 2099-12-31.")]
    public void Concern_BadInput_NamesTheInput(string key, string value, string field, string message)
    {
        var (draft, form) = Entered(Values((key, value)));

        var errors = IntakeChecks.Concern(draft, form, Now);

        Assert.Equal(message, errors[field]);
    }

    [Fact]
    public void Concern_ReceivedAtATimeTheClocksSkip_ErrorAtTheTimeLikeTheFollowUpCall()
    {
        var (draft, form) = Entered(Values(("serviceDate", "2026-03-06"), ("receivedDate", "2026-03-08"), ("receivedTime", "02:30")));

        var errors = IntakeChecks.Concern(draft, form, Now);

        Assert.Null(IntakeForm.ReceivedAt(draft));
        Assert.Equal("02:30 on 2026-03-08 does not exist in America/Toronto (the clocks skip it).", errors["receivedTime"]);
    }

    [Fact]
    public void Concern_SampleValues_NoErrors()
    {
        var (draft, form) = Entered(Values());

        Assert.Empty(IntakeChecks.Concern(draft, form, Now));
    }

    private static IReadOnlyDictionary<string, string> Check(Func<IntakeDraft, FormReader, IReadOnlyDictionary<string, string>> check, IReadOnlyDictionary<string, string> values)
    {
        var (draft, form) = Entered(values);
        return check(draft, form);
    }

    [Fact]
    public void Category_SurveyWithoutRating_AsksForIt()
    {
        var errors = Check(IntakeChecks.Category, Values(("category", "survey"), ("surveyRating", "")));

        Assert.Equal("A survey ticket needs the client's rating.", errors["surveyRating"]);
        Assert.Equal("Survey rating must be a whole number from 1 to 10.", Check(IntakeChecks.Category, Values(("surveyRating", "11")))["surveyRating"]);
    }

    [Fact]
    public void OutOfScope_LargerWorkWithoutChoice_RequiresClientsChoice()
    {
        Assert.Contains("pricing", Check(IntakeChecks.OutOfScope, Values(("under15", "needs-pricing"))).Keys);
        Assert.Empty(Check(IntakeChecks.OutOfScope, Values(("under15", "courtesy"))));
    }

    [Theory]
    [InlineData("courtesy", "", "Not in scope (Bucket 3A): under 15 minutes, approved as a courtesy.")]
    [InlineData("needs-pricing", "one-time", "Not in scope (Bucket 3A): client chose a one-time extra charge.")]
    [InlineData("needs-pricing", "recurring", "Not in scope (Bucket 3A): client chose a recurring add-on (monthly price increase); update the scope/checklist.")]
    public void ScopeDecision_OutOfScope_RecordsTheClientsChoice(string under15, string pricing, string expected)
    {
        var values = Values(("inScope", "no"), ("under15", under15), ("pricing", pricing));

        Assert.Equal(expected, IntakeForm.ScopeDecision(Draft(values)));
        Assert.Null(IntakeForm.ScopeDecision(Draft(Values(("under15", under15)))));
    }

    [Fact]
    public void ReadIntake_SampleValues_ReceivedInTheBuildingsZone()
    {
        var values = Values(("dailyCleaned", "true"), ("inScope", "no"));

        var intake = IntakeForm.ToIntake(Draft(values))!;

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(-5)), intake.ReceivedAt);
        Assert.Equal((IntakeCategory.ServiceIssue, TicketSource.Email, 100m, false, true), (intake.Category, intake.Source, intake.BillingPrice, intake.InScope, intake.DailyCleanedBuilding));
    }

    [Fact]
    public void ReadIntake_UnreadablePrice_NullAndNamed()
    {
        var (draft, form) = Entered(Values(("billingPrice", "a lot")));

        Assert.Null(IntakeForm.ToIntake(draft));
        Assert.Equal("Billing price must be an amount like 1250.50 or $1,250.50 (a point for cents, commas only between thousands), from 0 to $1,000,000.", form.Errors["billingPrice"]);
    }

    [Fact]
    public void ReadOverrides_OnlyChangedValuesWithTheReason()
    {
        var intake = IntakeForm.ToIntake(Draft(Values()))!;
        var plan = TicketRules.Plan(intake, 0, Intakes.Settings());
        var values = Values(("overrideType", plan.Type.ToString()), ("overridePriority", "Urgent"), ("overrideOwner", plan.Owner), ("overrideReason", "Upset"));

        var overrides = IntakeForm.Overrides(Draft(values), plan);

        Assert.Equal([new PlanOverride(OverrideField.Priority, "Urgent", "Upset")], overrides);
    }

    [Fact]
    public void MasterNoteForm_RoundTripInAnotherZone_KeepsEveryFieldAndTheInstant()
    {
        var note = Notes.Complete() with { FollowUpCallAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(-5)) };
        var vancouver = TimeZoneInfo.FindSystemTimeZoneById("America/Vancouver");

        var values = MasterNoteForm.ToValues(note, vancouver);
        var read = MasterNoteForm.Read(new FormReader(values), vancouver);

        Assert.Equal("06:00", values["followUpTime"]);
        Assert.Equal(note, read);
    }

    [Fact]
    public void MasterNoteForm_FollowUpAtATimeTheClocksSkip_ErrorAtTheTimeLikeTheCli()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var form = new FormReader(new Dictionary<string, string> { ["followUpDate"] = "2026-03-08", ["followUpTime"] = "02:30" });

        var read = MasterNoteForm.Read(form, newYork);

        Assert.Null(read.FollowUpCallAt);
        Assert.Equal("02:30 on 2026-03-08 does not exist in America/New_York (the clocks skip it).", form.Errors["followUpTime"]);
    }

    [Fact]
    public void MasterNoteForm_FollowUpAtAFallBackHour_FirstOccurrenceLikeTheCli()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var form = new FormReader(new Dictionary<string, string> { ["followUpDate"] = "2026-11-01", ["followUpTime"] = "01:30" });
        var line = new RecapLineReader(System.Text.Json.Nodes.JsonNode.Parse("""{"followUpAt":"2026-11-01T01:30"}""")!.AsObject());

        var card = MasterNoteForm.Read(form, newYork).FollowUpCallAt;
        var cli = line.LocalDateTime("followUpAt", newYork);

        Assert.True(form.Ok);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(-4)), card);
        Assert.Equal((card, card!.Value.Offset), (cli, cli.Offset));
    }

    [Fact]
    public void ClosureForm_NotEligibleWithoutReason_Fails()
    {
        var form = new FormReader(new Dictionary<string, string> { ["reviewStatus"] = "NotEligible" });

        var closure = ClosureForm.Read(form, ClosureTicket(new TicketClosure())).Closure;

        Assert.Equal(ReviewStatus.NotEligible, closure.Review);
        Assert.Equal("Not Eligible needs a reason.", form.Errors["notEligibleReason"]);
    }

    [Fact]
    public void ClosureForm_RoundTrip_KeepsTheChecklist()
    {
        var closure = Notes.CompleteClosure();
        var ticket = ClosureTicket(closure);

        var read = ClosureForm.Read(new FormReader(ClosureForm.ToValues(ticket)), ticket with { Closure = new TicketClosure() });

        Assert.Equal(closure, read.Closure);
    }

    [Fact]
    public void ClosureForm_Read_SolvedOnFirstAttemptGoesIntoTheNote()
    {
        var form = new FormReader(new Dictionary<string, string> { ["solvedFirstAttempt"] = "no", ["reviewStatus"] = "ReviewRequested" });

        var read = ClosureForm.Read(form, ClosureTicket(new TicketClosure()));

        Assert.True(form.Ok);
        Assert.Equal((false, ReviewStatus.ReviewRequested), (read.Note.SolvedOnFirstAttempt, read.Closure.Review));
    }

    [Fact]
    public void FormTables_EveryInput_HasItsOwnId()
    {
        var ids = MasterNoteForm.All(TimeZoneInfo.Utc).Select(f => f.Id).ToList();
        var closure = ClosureForm.Fields(ClosureTicket(new TicketClosure())).Select(f => f.Id).ToList();

        Assert.Equal(24, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(closure.Count, closure.Distinct().Count());
    }

    private static Ticket ClosureTicket(TicketClosure closure) =>
        new() { Type = TicketType.R1, Title = "t", Client = "c", Building = "b", City = "x", Concern = "c", Cleaner = "j", Owner = "o", Closure = closure };

    [Fact]
    public void MasterNoteRead_ChecklistItemsAndLink_RoundTripThroughTheInputs()
    {
        var form = new FormReader(Values(("checklistLink", "https://docs.example/checklist")));

        var note = MasterNoteForm.Read(form, TimeZoneInfo.Utc);

        Assert.True(form.Ok);
        Assert.Equal(("Empty all trash bins\nMop kitchen floor", "https://docs.example/checklist"), (note.ChecklistItems, note.ChecklistLink));
        var values = MasterNoteForm.ToValues(note, TimeZoneInfo.Utc);
        Assert.Equal("https://docs.example/checklist", values["checklistLink"]);
        Assert.Equal(note.ChecklistItems, values["checklistItems"]);
    }

    [Theory]
    [InlineData("docs.example/checklist")]
    [InlineData("ftp://docs.example/checklist")]
    public void MasterNoteRead_ChecklistLinkNotAWebAddress_NamesTheInput(string link)
    {
        var form = new FormReader(Values(("checklistLink", link)));

        MasterNoteForm.Read(form, TimeZoneInfo.Utc);

        Assert.Equal("The checklist link must be a web address (https://...).", form.Errors["checklistLink"]);
    }

    [Fact]
    public void ReadIntake_StepOneFacts_CarriedToTheIntake()
    {
        var values = Values((IntakeFields.CleanerEmail, " jane@cleaning.example "));

        var intake = IntakeForm.ToIntake(Draft(values));

        Assert.Equal(("jane@cleaning.example", new DateOnly(2026, 11, 20), true), (intake!.CleanerEmail, intake.ServiceDate, intake.AttachmentsReceived));
    }

    [Theory]
    [InlineData("America/Toronto", "America/Vancouver", "America/Toronto")]
    [InlineData(null, "America/Vancouver", "America/Vancouver")]
    [InlineData(null, null, "UTC")]
    [InlineData("Not/AZone", null, "UTC")]
    public void EditZone_TicketZoneFirstThenUsersThenUtc(string? ticketZone, string? userZone, string expected)
    {
        var user = userZone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(userZone);

        Assert.Equal(expected, MasterNoteDialog.EditZone(ticketZone, user).Id);
    }
}

using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Views.Forms.FormSpecs;
using static OneJanitorial.Bot.Tickets.Chat.IntakeFields;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// The intake's inputs, one typed table per card over <see cref="IntakeDraft"/>: the cards render from it, a submit
/// is read through it, and the values a card shows are written from it. The "required" here only marks the input;
/// <see cref="IntakeChecks"/> says what each card needs.
/// </summary>
public static class IntakeTable
{
    /// <summary>The inputs of the card for <paramref name="state"/>'s step (none for the plan and the last card).</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> Step(IntakeState state) => state.Step switch
    {
        IntakeStep.Review => Review(state.Shown(BuildingZone)),
        IntakeStep.Concern => Concern,
        IntakeStep.Category => Category,
        IntakeStep.Scope => Scope,
        IntakeStep.OutOfScope => OutOfScope,
        IntakeStep.Cleaner => Cleaner,
        IntakeStep.Override => Override(state.Plan),
        IntakeStep.NoteIssue => Note(1, IntakeForm.Zone(state.Draft)),
        IntakeStep.NoteCall => Note(2, IntakeForm.Zone(state.Draft)),
        IntakeStep.NoteFollowUp => Note(3, IntakeForm.Zone(state.Draft)),
        _ => [],
    };

    /// <summary>Every input of the intake; the master note's follow-up call is shown and read in <paramref name="zone"/>.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> All(TimeZoneInfo zone) =>
        [.. Review(null), .. Concern, .. Category, .. Scope, .. OutOfScope, .. Cleaner, .. Override(null), .. Note(1, zone), .. Note(2, zone), .. Note(3, zone)];

    /// <summary>Step 1; the time zone choices lead with <paramref name="zone"/> when it is not one of the usual ones.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> Review(string? zone) =>
    [
        Text<IntakeDraft>(Client, "Client (company) name", d => d.Client, (d, v) => d with { Client = v }) with { Required = true },
        Text<IntakeDraft>(Building, "Building name", d => d.Building, (d, v) => d with { Building = v }) with { Required = true },
        Text<IntakeDraft>(City, "City (company profile)", d => d.City, (d, v) => d with { City = v }) with { Required = true },
        Choice<IntakeDraft>(BuildingZone, "Building time zone", TimeZoneChoices(zone), d => d.TimeZone, (d, v) => d with { TimeZone = v }) with { Required = true },
    ];

    public static readonly IReadOnlyList<FormSpec<IntakeDraft>> Concern =
    [
        Choice<IntakeDraft>(IntakeFields.Concern, "Type of concern", [.. Concerns.Select(c => new Option(c, c))], d => d.Concern, (d, v) => d with { Concern = v })
            with { Required = true },
        Text<IntakeDraft>(ConcernOther, "If Other: what is it?", d => d.ConcernOther, (d, v) => d with { ConcernOther = v }),
        Date<IntakeDraft>(ServiceDate, "Date of service affected", "Date of service affected", d => d.ServiceDate, (d, v) => d with { ServiceDate = v })
            with { Required = true },
        Check<IntakeDraft>(Attachments, "Supporting attachments", "Attachments received (photos, emails)", d => d.AttachmentsReceived, (d, v) => d with { AttachmentsReceived = v }),
        Choice<IntakeDraft, TicketSource>(Source, "Source", Sources, d => d.Source, (d, v) => d with { Source = v }) with { Required = true },
        Date<IntakeDraft>(ReceivedDate, "Received on (building time)", "Received date", d => d.ReceivedDate, (d, v) => d with { ReceivedDate = v }) with { Required = true },
        Time<IntakeDraft>(ReceivedTime, "Received at", "Received time", d => d.ReceivedTime, (d, v) => d with { ReceivedTime = v }) with { Required = true },
    ];

    public static readonly IReadOnlyList<FormSpec<IntakeDraft>> Category =
    [
        Choice<IntakeDraft, IntakeCategory>(IntakeFields.Category, "This request is a", Categories, d => d.Category, (d, v) => d with { Category = v }) with { Required = true },
        Whole<IntakeDraft>(SurveyRating, "Survey rating (surveys only, 1–10)", "Survey rating", 1, d => d.SurveyRating, (d, v) => d with { SurveyRating = v }),
        Check<IntakeDraft>(VeryUpset, "Client mood", "The client is very upset", d => d.VeryUpsetClient, (d, v) => d with { VeryUpsetClient = v }),
    ];

    public static readonly IReadOnlyList<FormSpec<IntakeDraft>> Scope =
    [
        YesNo<IntakeDraft>(InScope, "Is the complaint in scope?", "Whether the complaint is in scope", d => d.InScope, (d, v) => d with { InScope = v }) with { Required = true },
    ];

    public static readonly IReadOnlyList<FormSpec<IntakeDraft>> OutOfScope =
    [
        Choice<IntakeDraft, Under15Rule>(Under15, "Under-15-Minute Rule", Under15Choices, d => d.Under15, (d, v) => d with { Under15 = v }) with { Required = true },
        Choice<IntakeDraft, PricingChoice>(Pricing, "Larger work: the client's choice", PricingChoices, d => d.Pricing, (d, v) => d with { Pricing = v }),
    ];

    public static readonly IReadOnlyList<FormSpec<IntakeDraft>> Cleaner =
    [
        Text<IntakeDraft>(IntakeFields.Cleaner, "Cleaner (Current Partner)", d => d.Cleaner, (d, v) => d with { Cleaner = v }) with { Required = true },
        Text<IntakeDraft>(CleanerEmail, "Cleaner's email (the recap goes here)", d => d.CleanerEmail, (d, v) => d with { CleanerEmail = v }) with { Hint = "name@example.com" },
        Date<IntakeDraft>(CleanerStart, "Cleaner started this building", "Cleaner's building start date", d => d.CleanerBuildingStart, (d, v) => d with { CleanerBuildingStart = v })
            with { Required = true },
        Date<IntakeDraft>(ContractStart, "Company contract start", "Contract start date", d => d.ContractStart, (d, v) => d with { ContractStart = v }) with { Required = true },
        YesNo<IntakeDraft>(InBco, "Cleaner already in BCO?", "Already in BCO", d => d.CleanerInBco, (d, v) => d with { CleanerInBco = v }) with { Required = true },
        Money<IntakeDraft>(BillingPrice, "Billing price ($)", "Billing price", d => d.BillingPrice, (d, v) => d with { BillingPrice = v }) with { Required = true },
        Whole<IntakeDraft>(PriorIssues, "Previous issues in 3 months (only if the bot has no history)", "Previous issues", 0,
            d => d.PriorCleanerIssues, (d, v) => d with { PriorCleanerIssues = v }),
        Check<IntakeDraft>(DailyCleaned, "Schedule", "Cleaned daily", d => d.DailyCleanedBuilding, (d, v) => d with { DailyCleanedBuilding = v }),
        Check<IntakeDraft>(WeekendOnly, "Weekends", "Weekend-only cleaning", d => d.WeekendOnlyCleaning, (d, v) => d with { WeekendOnlyCleaning = v }),
    ];

    /// <summary>The overrides of the computed <paramref name="plan"/>, whose values the labels show.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> Override(TicketPlan? plan) =>
    [
        Choice<IntakeDraft>(OverrideType, $"Ticket type{Computed(plan?.Type.Name())}", [.. TicketTypes.All.Select(t => new Option(t.Name(), t.ToString()))],
            d => d.OverrideType, (d, v) => d with { OverrideType = v }),
        Choice<IntakeDraft>(OverridePriority, $"Priority{Computed(plan?.Priority.ToString())}", [.. Enum.GetValues<TicketPriority>().Select(p => new Option(p.ToString(), p.ToString()))],
            d => d.OverridePriority, (d, v) => d with { OverridePriority = v }),
        // A text until PlanOverrides.Apply checks it against the close-date rule.
        new(OverrideEstClose, FieldKind.Date, plan is null ? "Est. close" : $"Est. close (max {PlanCards.Iso(plan.CreateDate.AddDays(TicketDatesRule.MaxDaysToClose))})",
            d => d.OverrideEstClose, (d, form, id) => d with { OverrideEstClose = form.Text(id) }),
        Text<IntakeDraft>(OverrideOwner, $"Owner{Computed(plan?.Owner)}", d => d.OverrideOwner, (d, v) => d with { OverrideOwner = v }),
        Text<IntakeDraft>(OverrideReason, "Reason for the override", d => d.OverrideReason, (d, v) => d with { OverrideReason = v }) with { Required = true },
    ];

    /// <summary>One of the three master note cards (<see cref="MasterNoteForm"/>), over the draft's note.</summary>
    public static IReadOnlyList<FormSpec<IntakeDraft>> Note(int part, TimeZoneInfo zone) =>
        [.. MasterNoteForm.Part(part, zone).Select(f => f.Over<IntakeDraft>(d => d.Note, (d, note) => d with { Note = note }))];

    private static string Computed(string? value) => value is null ? "" : $" (computed: {value})";
}

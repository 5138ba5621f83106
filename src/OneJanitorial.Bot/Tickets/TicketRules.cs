using static System.FormattableString;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The SOP ticket rules, pure and deterministic: the same intake and history always give the same plan.
/// The intake dialog calls the pieces step by step; <see cref="Plan"/> runs them all.
/// </summary>
public static class TicketRules
{
    public const string Department = "Client Support";

    /// <summary>"New In Building / Partner 3 Months".</summary>
    public const int NewInBuildingMonths = 3;

    /// <summary>"Started in last 90 Days?".</summary>
    public const int StartedRecentlyDays = 90;

    /// <summary>The 3-strike window: 3 calendar months back to the create date ("3 months back to today"), inclusive, all buildings.</summary>
    public static DateOnly StrikeWindowStart(DateOnly createDate) => createDate.AddMonths(-3);

    /// <summary>The create date alone: the strike window ends on it, so the planner needs it before the history.</summary>
    public static DateOnly CreateDate(TicketIntake intake, TicketRuleSettings settings) =>
        new BusinessCalendar(settings.Holidays).OnOrNextBusinessDay(
            TicketDatesRule.ReceivedDate(intake.ReceivedAt, TimeZoneInfo.FindSystemTimeZoneById(intake.TimeZone)));

    /// <summary>Step 1B: a request not in the checklist/scope goes to Bucket 3A (Process 5A) before any cleaner call.</summary>
    public static (IssueBucket? Bucket, RuleApplied? Rule) VerifyScope(IntakeCategory category, bool inScope)
    {
        if (inScope || category is IntakeCategory.ExtraService or IntakeCategory.Cancelling)
        {
            return (null, null);
        }
        var bucket = IssueBucket.Bucket3A;
        return (bucket, new RuleApplied("bucket", SopRef.Step1B,
            $"Bucket {bucket.Code()} ({bucket.DisplayName()}): not in scope — do not call the cleaner; run Process {bucket.Process()} (Under-15-Minute Rule, or one-time charge / recurring add-on)"));
    }

    public static int StrikeNumber(TicketType type, int priorServiceIssues) =>
        type.CountsAsServiceIssue() ? priorServiceIssues + 1 : priorServiceIssues;

    public static string Owner(string city, TicketRuleSettings settings) =>
        settings.Owners.TryGetValue(city.Trim(), out var owner) && !string.IsNullOrWhiteSpace(owner) ? owner : settings.DefaultOwner;

    public static bool NewInBuilding(DateOnly cleanerBuildingStart, DateOnly receivedDate) =>
        cleanerBuildingStart <= receivedDate && cleanerBuildingStart >= receivedDate.AddMonths(-NewInBuildingMonths);

    public static bool StartedLast90Days(DateOnly contractStart, DateOnly receivedDate) =>
        (receivedDate.DayNumber - contractStart.DayNumber) is >= 0 and <= StartedRecentlyDays;

    /// <summary>
    /// Runs every rule. <paramref name="priorServiceIssues"/> is the cleaner's count in the strike window, excluding this
    /// ticket; <paramref name="priorSource"/> says where it came from (the store, or the intake when the store has no history).
    /// </summary>
    public static TicketPlan Plan(TicketIntake intake, int priorServiceIssues, TicketRuleSettings settings, string priorSource = "ticket store")
    {
        var calendar = new BusinessCalendar(settings.Holidays);
        var received = TicketDatesRule.ReceivedDate(intake.ReceivedAt, TimeZoneInfo.FindSystemTimeZoneById(intake.TimeZone));
        var (type, typeRule) = TicketTypeRule.Decide(intake, priorServiceIssues, received);
        var strike = StrikeNumber(type, priorServiceIssues);
        var (priority, priorityRule) = PriorityRule.Decide(intake, type, strike);
        var (create, createRule) = TicketDatesRule.CreateDate(received, calendar);
        var (estClose, closeRule) = TicketDatesRule.EstCloseDate(create, priority, intake.WeekendOnlyCleaning, settings, calendar);
        var (bucket, bucketRule) = VerifyScope(intake.Category, intake.InScope);
        var owner = Owner(intake.City, settings);
        var newInBuilding = NewInBuilding(intake.CleanerBuildingStart, received);
        var startedRecently = StartedLast90Days(intake.ContractStart, received);
        var title = TicketTitle.Format(type, intake.Client, intake.Concern, intake.Cleaner, intake.BillingPrice);
        List<RuleApplied> rules =
        [
            typeRule,
            new("title", SopRef.Step2, title),
            new("strike-count", SopRef.ThreeStrike, $"{StrikeDecision(type, priorServiceIssues, strike)} (from {priorSource})"),
            priorityRule,
            createRule,
            closeRule,
            new("new-in-building", SopRef.Step3, Invariant($"{Yes(newInBuilding)}: cleaner started {intake.CleanerBuildingStart:yyyy-MM-dd} (within {NewInBuildingMonths} months?)")),
            new("started-last-90-days", SopRef.Step3, Invariant($"{Yes(startedRecently)}: contract started {intake.ContractStart:yyyy-MM-dd}")),
            new("department", SopRef.Step3, Department),
            new("owner", SopRef.Step3, $"{owner} (city {intake.City.Trim()})"),
            new("source", SopRef.Step3, intake.Source.ToString()),
        ];
        if (bucketRule is not null)
        {
            rules.Add(bucketRule);
        }
        return new TicketPlan(type, type.Badge(), title, priority, received, create, estClose, newInBuilding, startedRecently,
            priorServiceIssues, strike, bucket, Department, owner, intake.Source, TicketStages.Home(type), rules);
    }

    private static string StrikeDecision(TicketType type, int prior, int strike) => type.CountsAsServiceIssue()
        ? $"{prior} previous service issues in 3 months (all buildings) + this one = {strike}"
        : $"{prior} previous service issues in 3 months; a {type.Name()} is not a strike";

    private static string Yes(bool value) => value ? "YES" : "NO";
}

using System.Globalization;
using static System.FormattableString;

namespace OneJanitorial.Bot.Tickets;

/// <summary>The computed fields a CSR may override at the "computed ticket" step, always with a reason.</summary>
public enum OverrideField
{
    TicketType,
    Priority,
    EstCloseDate,
    Owner,
}

/// <summary>A CSR's override of a computed value (recorded as an event with the reason).</summary>
public sealed record PlanOverride(OverrideField Field, string Value, string Reason);

public static class PlanOverrides
{
    /// <summary>
    /// Applies the overrides to the plan. Problems name what cannot be applied: an empty reason, an unknown value,
    /// or a close date outside create date .. create date + 7 (the SOP's "never longer than 7 days" holds for overrides too).
    /// </summary>
    public static (TicketPlan Plan, IReadOnlyList<string> Problems) Apply(TicketPlan plan, TicketIntake intake, IReadOnlyList<PlanOverride> overrides)
    {
        var problems = new List<string>();
        foreach (var o in overrides)
        {
            if (string.IsNullOrWhiteSpace(o.Reason))
            {
                problems.Add($"Overriding {o.Field} needs a reason.");
                continue;
            }
            var (next, problem) = ApplyOne(plan, intake, o);
            plan = next;
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }
        return (plan, problems);
    }

    private static (TicketPlan, string?) ApplyOne(TicketPlan plan, TicketIntake intake, PlanOverride o)
    {
        switch (o.Field)
        {
            case OverrideField.TicketType when TicketTypes.TryParse(o.Value, out var type):
                var title = TicketTitle.Format(type, intake.Client, intake.Concern, intake.Cleaner, intake.BillingPrice);
                var strike = TicketRules.StrikeNumber(type, plan.PriorServiceIssues);
                return (plan with { Type = type, Badge = type.Badge(), Title = title, StrikeNumber = strike, Stage = TicketStages.Home(type) }, null);
            case OverrideField.Priority when Enum.TryParse<TicketPriority>(o.Value, true, out var priority) && Enum.IsDefined(priority):
                return (plan with { Priority = priority }, null);
            case OverrideField.EstCloseDate when DateOnly.TryParseExact(o.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return date >= plan.CreateDate && date <= plan.CreateDate.AddDays(TicketDatesRule.MaxDaysToClose)
                    ? (plan with { EstCloseDate = date }, null)
                    : (plan, Invariant($"The estimated close date must be between {plan.CreateDate:yyyy-MM-dd} and {plan.CreateDate.AddDays(TicketDatesRule.MaxDaysToClose):yyyy-MM-dd} (never longer than 7 days)."));
            case OverrideField.Owner when !string.IsNullOrWhiteSpace(o.Value):
                return (plan with { Owner = o.Value.Trim() }, null);
            default:
                return (plan, $"'{o.Value}' is not a valid {o.Field}.");
        }
    }
}

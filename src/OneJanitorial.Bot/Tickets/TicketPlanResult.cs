namespace OneJanitorial.Bot.Tickets;

/// <summary>The plan of an intake, or the intake's errors (each naming its field) when it cannot be planned.</summary>
public sealed record TicketPlanResult(TicketPlan? Plan, IReadOnlyList<IntakeError> Errors)
{
    public static TicketPlanResult Planned(TicketPlan plan) => new(plan, []);

    public static TicketPlanResult Invalid(IReadOnlyList<IntakeError> errors) => new(null, errors);
}

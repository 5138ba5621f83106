namespace OneJanitorial.Bot.Tickets;

/// <summary>What the SOP decides for an intake: the computed "About this Ticket" fields, each traceable in <see cref="Rules"/>.</summary>
public sealed record TicketPlan(
    TicketType Type,
    string Badge,
    string Title,
    TicketPriority Priority,
    DateOnly ReceivedDate,
    DateOnly CreateDate,
    DateOnly EstCloseDate,
    bool NewInBuilding,
    bool StartedLast90Days,
    int PriorServiceIssues,
    int StrikeNumber,
    IssueBucket? Bucket,
    string Department,
    string Owner,
    TicketSource Source,
    TicketStage Stage,
    IReadOnlyList<RuleApplied> Rules);

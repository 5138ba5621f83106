namespace OneJanitorial.Bot.Huddles;

/// <summary>One coaching point and the tickets that show it.</summary>
public sealed record CoachingFlag(CoachingFlagKind Kind, IReadOnlyList<long> Tickets);

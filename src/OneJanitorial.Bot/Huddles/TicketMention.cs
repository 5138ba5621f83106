namespace OneJanitorial.Bot.Huddles;

/// <summary>A ticket in a digest list: its number, owner and (for overdue ones) business days past the estimated close.</summary>
public sealed record TicketMention(long Number, string Owner, int DaysOverdue = 0);

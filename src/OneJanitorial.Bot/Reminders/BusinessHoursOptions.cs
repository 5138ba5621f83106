namespace OneJanitorial.Bot.Reminders;

/// <summary>Office hours on business days, in the ticket's zone.</summary>
public sealed class BusinessHoursOptions
{
    public TimeOnly Start { get; set; } = new(8, 0);
    public TimeOnly End { get; set; } = new(17, 0);
}

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// <c>Reminders:Huddles</c>: when the morning and end-of-day huddle digests are posted into each team channel, in the
/// team's zone (<c>Reminders:DefaultTimeZone</c>), on business days.
/// </summary>
public sealed class HuddleTimesOptions
{
    public bool Enabled { get; set; } = true;
    public TimeOnly Morning { get; set; } = new(8, 0);
    public TimeOnly EndOfDay { get; set; } = new(16, 30);
}

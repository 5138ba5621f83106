namespace OneJanitorial.Bot.Reminders;

/// <summary>Who gets the after-hours alerts: a fixed channel, and/or a weekly rotation of people (week 0 starts on <see cref="RotationStart"/>).</summary>
public sealed class OnCallOptions
{
    public string? Channel { get; set; }
    public List<string> Rotation { get; set; } = [];
    public DateOnly RotationStart { get; set; } = new(2026, 1, 5);
}

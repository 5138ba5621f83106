namespace OneJanitorial.Bot.Reminders;

/// <summary>How long a reminder card's Snooze puts it off: one hour from the press, or 08:00 the next business day in the ticket's zone.</summary>
public enum SnoozeChoice
{
    OneHour,
    NextMorning,
}

public static class SnoozeChoices
{
    public static string Name(this SnoozeChoice choice) => choice == SnoozeChoice.OneHour ? "1h" : "next-morning";

    public static bool TryParse(string? name, out SnoozeChoice choice)
    {
        choice = name == "1h" ? SnoozeChoice.OneHour : SnoozeChoice.NextMorning;
        return name is "1h" or "next-morning";
    }
}

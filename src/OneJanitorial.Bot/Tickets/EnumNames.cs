namespace OneJanitorial.Bot.Tickets;

/// <summary>Reads an enum value back from what a person or a file calls it: its name (e.g. as the SOP writes it) or its member name, ignoring case and surrounding spaces.</summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? text, Func<TEnum, string> name, out TEnum value)
        where TEnum : struct, Enum
    {
        var wanted = text?.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(name(candidate), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}

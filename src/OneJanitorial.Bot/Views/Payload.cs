namespace OneJanitorial.Bot.Views;

/// <summary>Fixed values a button sends back with its verb, in order; null values are left out.</summary>
public static class Payload
{
    public static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> Of(params (string Key, string? Value)[] fields)
    {
        var payload = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            if (value is not null)
            {
                payload[key] = value;
            }
        }
        return payload;
    }
}

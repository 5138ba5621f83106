using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>The data a card action sends back. The <c>verb</c> key names the handler.</summary>
public static class CardData
{
    public const string VerbKey = "verb";

    public static JsonObject For(string verb, params (string Key, string? Value)[] fields)
    {
        var data = new JsonObject { [VerbKey] = verb };
        foreach (var (key, value) in fields)
        {
            if (value is not null)
            {
                data[key] = value;
            }
        }
        return data;
    }

    public static string? VerbOf(JsonObject? data) =>
        data?[VerbKey] is JsonValue v && v.TryGetValue<string>(out var verb) ? verb : null;
}

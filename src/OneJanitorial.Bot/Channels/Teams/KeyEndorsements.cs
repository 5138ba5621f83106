using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Reads the <c>endorsements</c> array of a Bot Framework signing key (channel ids such as "msteams").</summary>
public static class KeyEndorsements
{
    public static IReadOnlyCollection<string> Of(JsonWebKey? key)
    {
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ToString())],
            string single => [single],
            IEnumerable items => [.. items.Cast<object>().Select(i => i.ToString() ?? "")],
            _ => [],
        };
    }
}

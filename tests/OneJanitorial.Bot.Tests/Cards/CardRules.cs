using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Cards;

/// <summary>
/// Our own card rules, for what the official parser and the type check do not catch (see tests/validators/cards):
/// Teams mobile and message-size limits, and the conventions the bot relies on.
/// </summary>
public static partial class CardRules
{
    /// <summary>Teams rejects messages over about 40 KB; one card leaves room for text and the activity envelope.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>Sample names of the cards the on-call rep uses on a phone (Teams mobile renders 1.2).</summary>
    public static readonly string[] MobilePrefixes = ["intake.", "ticket.", "triage."];

    public static IReadOnlyList<string> Check(string name, string json)
    {
        var errors = new List<string>();
        if (Encoding.UTF8.GetByteCount(json) >= MaxCardBytes)
        {
            errors.Add($"serialized size {Encoding.UTF8.GetByteCount(json)} bytes is not under {MaxCardBytes}");
        }
        if (JsonNode.Parse(json) is not JsonObject card)
        {
            return [.. errors, "not a JSON object"];
        }
        var version = (card["version"] as JsonValue)?.ToString();
        if (version is null || !VersionPattern().IsMatch(version))
        {
            errors.Add("the card does not declare a version (a card without one does not render on Teams mobile)");
        }
        else if (MobilePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) && version != "1.2")
        {
            errors.Add($"version {version}: intake, ticket and triage cards must be 1.2 for Teams mobile");
        }
        foreach (var element in JsonTree.Objects(card))
        {
            errors.AddRange(CheckElement(element));
        }
        return errors;
    }

    private static IEnumerable<string> CheckElement(JsonObject element)
    {
        var type = (element["type"] as JsonValue)?.ToString();
        var where = $"{type} at {element.GetPath()}";
        if (type is "TextBlock" && string.IsNullOrWhiteSpace((element["text"] as JsonValue)?.ToString()))
        {
            yield return $"{where} has no text";
        }
        if (type is "Action.Submit" or "Action.Execute" && element["data"] is not (null or JsonObject))
        {
            yield return $"{where}: data must be an object";
        }
        if (type is "Action.Execute" && (element["fallback"] as JsonObject)?["type"]?.ToString() != "Action.Submit")
        {
            yield return $"{where} needs an Action.Submit fallback (Teams mobile does not run Action.Execute)";
        }
        if (type?.StartsWith("Action.", StringComparison.Ordinal) == true
            && (element["style"] as JsonValue)?.ToString().ToLowerInvariant() is "positive" or "destructive")
        {
            yield return $"{where}: no style positive/destructive (Teams guidance)";
        }
    }

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex VersionPattern();
}

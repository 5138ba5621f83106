using System.Reflection;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Channels.Teams.Cards;

namespace OneJanitorial.Bot.Tests.Channels;

/// <summary>
/// Finds Adaptive Card and Block Kit names in C# source: imports of the channel namespaces, the card and
/// Block Kit type names, and the wire strings of both formats (a plain word such as "section" counts only
/// where it is a wire "type").
/// </summary>
internal static partial class ChannelNameScanner
{
    private static readonly string[] WireStrings =
    [
        "AdaptiveCard", "TextBlock", "FactSet", "ColumnSet", "ActionSet", "Container", "Action.Submit",
        "Action.ShowCard", "Action.ToggleVisibility", "Action.OpenUrl", "Action.Execute", "Input.Text",
        "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet", "msteams",
        "blocks", "block_id", "action_id", "mrkdwn", "plain_text", "plain_text_input", "static_select",
        "datepicker", "timepicker", "number_input", "radio_buttons", "checkboxes", "initial_option",
    ];

    private static readonly string[] BlockTypes =
        ["section", "actions", "context", "header", "divider", "input", "button", "image", "modal", "rich_text"];

    private static readonly IReadOnlySet<string> TypeNames = ChannelTypeNames();

    public static IReadOnlyList<string> Scan(string source)
    {
        var findings = new List<string>();
        var code = CommentPattern().Replace(source, m => m.Groups["string"].Success ? m.Value : " ");
        findings.AddRange(NamespacePattern().Matches(code).Select(m => m.Value));
        foreach (Match literal in LiteralPattern().Matches(code))
        {
            if (WireStrings.Contains(literal.Groups[1].Value, StringComparer.Ordinal))
            {
                findings.Add(literal.Value);
            }
        }

        findings.AddRange(WireTypePattern().Matches(code)
            .Where(m => BlockTypes.Contains(m.Groups[1].Value, StringComparer.Ordinal))
            .Select(m => m.Value));
        var identifiers = AnyStringPattern().Replace(code, " ");
        findings.AddRange(IdentifierPattern().Matches(identifiers)
            .Select(m => m.Value)
            .Where(TypeNames.Contains));
        return findings;
    }

    // Compound type names declared in the card and Block Kit code (AdaptiveCard, FactSet, TextInput...), less the
    // names neutral code also declares as a type or member. One-word names (Column, Choice,
    // Fact) are plain words: they resolve to card types only through the namespace import, flagged on its own.
    private static HashSet<string> ChannelTypeNames()
    {
        var types = typeof(AdaptiveCard).Assembly.GetTypes().Where(t => !t.IsNested && t.Namespace is not null).ToList();
        var channel = types.Where(IsCardOrBlockKit).Select(t => Simple(t.Name)).ToHashSet(StringComparer.Ordinal);
        var neutral = types.Where(t => !IsCardOrBlockKit(t)).ToList();
        channel.ExceptWith(neutral.Select(t => Simple(t.Name)));
        channel.ExceptWith(neutral.SelectMany(t => t.GetMembers(AllDeclared)).Select(m => Simple(m.Name)));
        channel.RemoveWhere(name => name.Count(char.IsUpper) < 2);
        return channel;
    }

    private const BindingFlags AllDeclared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static bool IsCardOrBlockKit(Type type) =>
        type.Namespace == typeof(AdaptiveCard).Namespace || type.Name.StartsWith("BlockKit", StringComparison.Ordinal);

    private static string Simple(string name) => name.Split('`')[0];

    // A string literal is kept whole, so "https://..." is not read as a comment.
    [GeneratedRegex(@"(?<string>""(?:\\.|[^""\\\n])*"")|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"OneJanitorial\.Bot\.Channels\.Teams\.Cards\b")]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"""([A-Za-z_.]+)""")]
    private static partial Regex LiteralPattern();

    // "type": "section" in JSON text, or ["type"] = "section" / type: "section" in code.
    [GeneratedRegex(@"(?:\\?""type\\?""\s*\]?|\btype)\s*[:=]\s*\\?""([a-z_]+)\\?""")]
    private static partial Regex WireTypePattern();

    [GeneratedRegex(@"@?\$?""(?:\\.|[^""\\\n])*""")]
    private static partial Regex AnyStringPattern();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*\b")]
    private static partial Regex IdentifierPattern();
}

using System.Text.RegularExpressions;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Slack's message text encoding: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped; mentions and links in angle brackets.</summary>
public static partial class SlackText
{
    /// <summary>Escapes text for Slack so user text can never form a mention, link or broadcast, nor hide or reorder what it shows.</summary>
    public static string Escape(string text) =>
        VisibleText.Strip(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>What the user typed: user mentions removed, links and channels as their label, entities decoded.</summary>
    public static string ToPlain(string text)
    {
        var withoutMentions = UserMention().Replace(text, "");
        var withLabels = Reference().Replace(withoutMentions, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["target"].Value);
        return withLabels.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"<[#!]?(?<target>[^|>]+)(\|(?<label>[^>]*))?>")]
    private static partial Regex Reference();
}

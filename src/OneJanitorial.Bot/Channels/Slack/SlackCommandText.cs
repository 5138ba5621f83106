namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Each slash command as the chat text the core already understands.</summary>
public static class SlackCommandText
{
    public static readonly IReadOnlyList<string> Commands = ["/sop", "/bucket", "/ticket", "/recap", "/huddle"];

    /// <summary>The text for <paramref name="command"/> with its argument, or null for a command the bot does not have.</summary>
    public static string? ToText(string command, string? argument)
    {
        var arg = argument?.Trim() ?? "";
        return command.ToLowerInvariant() switch
        {
            "/sop" => arg.Length == 0 ? "help" : arg,
            "/bucket" => arg.Length == 0 ? "what bucket is this?" : $"{arg} — what bucket is this?",
            "/ticket" when arg.Length == 0 => "my tickets",
            "/ticket" when arg.ToLowerInvariant() is "new" or "quick" or "full" => $"{arg.ToLowerInvariant()} ticket",
            "/ticket" => $"ticket {arg.TrimStart('#')}",
            "/recap" => arg.Length == 0 ? "help" : $"recap {arg.TrimStart('#')}",
            "/huddle" => arg.Length == 0 ? "huddle" : $"huddle {arg}",
            _ => null,
        };
    }
}

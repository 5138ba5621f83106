namespace OneJanitorial.Bot.Llm;

/// <summary>Reading what a chat model replied.</summary>
public static class ModelReply
{
    /// <summary>
    /// The reply trimmed and without a Markdown code fence around it: models and servers that ignore response_format
    /// often wrap a JSON object in a ```json fence even when asked for the object alone.
    /// </summary>
    public static string WithoutCodeFence(string reply)
    {
        var text = reply.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }
        var start = text.IndexOf('\n');
        var end = text.LastIndexOf("```", StringComparison.Ordinal);
        return start > 0 && end > start ? text[(start + 1)..end] : text;
    }
}

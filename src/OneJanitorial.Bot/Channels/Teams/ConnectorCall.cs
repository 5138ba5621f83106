namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// What Teams counts a Bot Connector call against: its conversation (null for a call bound to none, e.g. creating one)
/// and its tenant (null when the activity or conversation reference carries none).
/// </summary>
public readonly record struct ConnectorCall(string? ConversationId, string? TenantId)
{
    /// <summary>Set on a request by <see cref="ConnectorClient"/>: the tenant is in the body, not the URL.</summary>
    public static readonly HttpRequestOptionsKey<string> TenantKey = new("OneJanitorial.Bot.TenantId");

    public static ConnectorCall Of(HttpRequestMessage? request) => request is null
        ? default
        : new(ConversationIdOf(request.RequestUri), request.Options.TryGetValue(TenantKey, out var tenant) ? tenant : null);

    /// <summary>The id in <c>/v3/conversations/{id}/…</c>, or null for calls not bound to a conversation.</summary>
    /// <remarks>Read off the path in place: every connector call passes here, and splitting its path made a string per segment.</remarks>
    public static string? ConversationIdOf(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }
        var rest = uri.AbsolutePath.AsSpan();
        for (var segment = NextSegment(ref rest); !segment.IsEmpty; segment = NextSegment(ref rest))
        {
            if (segment is "v3" && rest.TrimStart('/').StartsWith("conversations/", StringComparison.Ordinal))
            {
                var copy = rest;
                _ = NextSegment(ref copy);
                var id = NextSegment(ref copy);
                return id.IsEmpty ? null : Uri.UnescapeDataString(id);
            }
        }
        return null;
    }

    /// <summary>The next non-empty segment of a path (empty at its end); <paramref name="rest"/> moves past it.</summary>
    private static ReadOnlySpan<char> NextSegment(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart('/');
        var end = rest.IndexOf('/');
        var segment = end < 0 ? rest : rest[..end];
        rest = rest[segment.Length..];
        return segment;
    }
}

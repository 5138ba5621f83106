namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Takes a permit from the conversation's limiter before every connector call (retries included).</summary>
public sealed class ConnectorRateLimitHandler(ConversationRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var conversationId = ConversationIdOf(request.RequestUri);
        if (conversationId is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        using var lease = await limiter.AcquireAsync(conversationId, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new HttpRequestException($"Too many queued connector calls for one conversation (limit {ConversationRateLimiter.PermitsPerSecond}/s).");
        }
        return await base.SendAsync(request, cancellationToken);
    }

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

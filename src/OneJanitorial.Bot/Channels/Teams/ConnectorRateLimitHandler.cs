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
    public static string? ConversationIdOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (segments[i] == "v3" && segments[i + 1] == "conversations")
            {
                return Uri.UnescapeDataString(segments[i + 2]);
            }
        }
        return null;
    }
}

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Bot Connector v3 REST: reply, send, update, create a conversation. Tokens, retries and Teams' rate limits live in
/// the handlers of the <see cref="HttpClientName"/> client; each request carries its tenant (<see cref="ConnectorCall.TenantKey"/>)
/// for the per-tenant limit: the activity's conversation's, the parameters', or the one given with a serialized body.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClientFactory, TeamsMetrics metrics)
{
    public const string HttpClientName = "BotConnector";

    /// <summary>Posts a new message into the conversation (a new post when it is a channel).</summary>
    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, Body(activity), activity.Conversation?.TenantId, cancellationToken);

    /// <param name="body">The activity already serialized (<see cref="Body"/>); the request disposes it.</param>
    /// <param name="tenantId">The conversation's tenant (null when unknown).</param>
    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, PooledJsonContent body, string? tenantId, CancellationToken cancellationToken) =>
        PostActivityAsync(ActivitiesUrl(serviceUrl, conversationId), body, tenantId, cancellationToken);

    /// <summary>Replies to an activity (in a channel: inside its thread).</summary>
    public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        ReplyToActivityAsync(serviceUrl, conversationId, replyToId, Body(activity), activity.Conversation?.TenantId, cancellationToken);

    /// <param name="body">The activity already serialized (<see cref="Body"/>); the request disposes it.</param>
    /// <param name="tenantId">The conversation's tenant (null when unknown).</param>
    public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, PooledJsonContent body, string? tenantId, CancellationToken cancellationToken) =>
        PostActivityAsync($"{ActivitiesUrl(serviceUrl, conversationId)}/{Uri.EscapeDataString(replyToId)}", body, tenantId, cancellationToken);

    /// <summary>
    /// The connector may take the call later: it gave no answer (down, hanging, or the pipeline refused the call: open
    /// circuit, full rate-limit queue) or a transient or server status; false for a 4xx it will always refuse (400, 401, 403, 404).
    /// </summary>
    public static bool IsUnavailable(HttpRequestException exception) =>
        exception.StatusCode is not { } status || ConnectorResilience.IsTransient(status) || (int)status >= 500;

    /// <summary>An activity as the request body the connector is sent.</summary>
    public static PooledJsonContent Body(Activity activity) => PooledJsonContent.Create(activity, TeamsJsonContext.Default.Activity);

    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var url = $"{ActivitiesUrl(serviceUrl, conversationId)}/{Uri.EscapeDataString(activityId)}";
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = PooledJsonContent.Create(activity, TeamsJsonContext.Default.Activity) };
        using var response = await SendAsync(request, activity.Conversation?.TenantId, cancellationToken);
    }

    /// <summary>Creates a conversation; in a channel that is a new thread whose first post is <c>parameters.Activity</c>.</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{serviceUrl.TrimEnd('/')}/v3/conversations")
        {
            Content = PooledJsonContent.Create(parameters, TeamsJsonContext.Default.ConversationParameters),
        };
        using var response = await SendAsync(request, parameters.TenantId, cancellationToken);
        return await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ConversationResourceResponse, cancellationToken)
            ?? throw new HttpRequestException("The connector returned no conversation.");
    }

    private async Task<string?> PostActivityAsync(string url, PooledJsonContent body, string? tenantId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body };
        using var response = await SendAsync(request, tenantId, cancellationToken);
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }
        var created = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ResourceResponse, cancellationToken);
        return created?.Id;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? tenantId, CancellationToken cancellationToken)
    {
        if (tenantId is not null)
        {
            request.Options.Set(ConnectorCall.TenantKey, tenantId);
        }
        var http = httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || ConnectorResilience.IsPipelineRejection(e))
        {
            metrics.ConnectorFailed(null);
            throw e as HttpRequestException ?? new HttpRequestException($"Bot Connector unavailable for {request.Method}: {e.Message}", e);
        }
        if (!response.IsSuccessStatusCode)
        {
            metrics.ConnectorFailed((int)response.StatusCode);
            response.Dispose();
            throw new HttpRequestException($"Bot Connector answered {(int)response.StatusCode} to {request.Method}.", null, response.StatusCode);
        }
        return response;
    }

    private static string ActivitiesUrl(string serviceUrl, string conversationId) =>
        $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
}

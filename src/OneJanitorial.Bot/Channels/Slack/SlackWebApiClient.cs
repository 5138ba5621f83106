using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The Slack Web API methods the bot uses, as JSON POSTs with the bot token (the app-level token for
/// <c>apps.connections.open</c>). <c>ok:false</c> comes back as a result and is logged with the method and error
/// code, never the token or message text. HTTP 429 is retried after Retry-After by the client's resilience handler; an
/// attempt not answered within <see cref="SlackOptions.CallTimeout"/> is given up (<see cref="SlackCallTimeoutHandler"/>).
/// </summary>
public sealed class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, SlackChannelRateLimiter limiter, ILogger<SlackWebApiClient> logger)
{
    public async Task<SlackApiResult> PostMessageAsync(string channel, SlackMessageContent content, string? threadTs, CancellationToken cancellationToken)
    {
        var args = Message(content);
        args["channel"] = channel;
        args["thread_ts"] = threadTs;
        await limiter.AcquireAsync(channel, cancellationToken);
        return await CallAsync("chat.postMessage", args, cancellationToken);
    }

    public async Task<SlackApiResult> UpdateMessageAsync(string channel, string ts, SlackMessageContent content, CancellationToken cancellationToken)
    {
        var args = Message(content);
        args["channel"] = channel;
        args["ts"] = ts;
        await limiter.AcquireAsync(channel, cancellationToken);
        return await CallAsync("chat.update", args, cancellationToken);
    }

    public async Task<SlackApiResult> PostEphemeralAsync(string channel, string user, SlackMessageContent content, string? threadTs, CancellationToken cancellationToken)
    {
        var args = Message(content);
        args["channel"] = channel;
        args["user"] = user;
        args["thread_ts"] = threadTs;
        await limiter.AcquireAsync(channel, cancellationToken);
        return await CallAsync("chat.postEphemeral", args, cancellationToken);
    }

    public Task<SlackApiResult> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    public Task<SlackApiResult> PushViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.push", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    /// <summary><paramref name="hash"/> (from the view's last state) makes Slack refuse a stale update instead of overwriting a newer one.</summary>
    public Task<SlackApiResult> UpdateViewAsync(string viewId, JsonObject view, string? hash, CancellationToken cancellationToken) =>
        CallAsync("views.update", new JsonObject { ["view_id"] = viewId, ["view"] = view.DeepClone(), ["hash"] = hash }, cancellationToken);

    public Task<SlackApiResult> PublishViewAsync(string userId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, cancellationToken);

    /// <summary>The DM channel id with <paramref name="userId"/>, or null when Slack refused.</summary>
    public async Task<string?> OpenConversationAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await CallAsync("conversations.open", new JsonObject { ["users"] = userId }, cancellationToken);
        return result.Ok ? result.StringAt("channel", "id") : null;
    }

    /// <summary>A Socket Mode WebSocket URL, with the app-level token.</summary>
    public Task<SlackApiResult> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", [], cancellationToken, options.Value.AppToken);

    /// <summary>
    /// Posts to an interaction's <c>response_url</c> (no token: the URL is the credential); one that is not Slack's
    /// (<see cref="SlackResponseUrl"/>) is not called and comes back failed.
    /// </summary>
    public async Task<SlackApiResult> RespondAsync(string responseUrl, SlackMessageContent content, bool replaceOriginal, CancellationToken cancellationToken)
    {
        if (!SlackResponseUrl.IsSlacks(responseUrl, options.Value.ApiBaseUri))
        {
            return Checked("response_url", SlackApiResult.Failed("response_url_not_slack"));
        }
        var args = Message(content);
        args["response_type"] = "ephemeral";
        args["replace_original"] = replaceOriginal;
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = Json(args) };
        using var response = await http.SendAsync(request, cancellationToken);
        var result = response.IsSuccessStatusCode ? new SlackApiResult(true, null, []) : SlackApiResult.Failed($"http_{(int)response.StatusCode}");
        return Checked("response_url", result);
    }

    private async Task<SlackApiResult> CallAsync(string method, JsonObject args, CancellationToken cancellationToken, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUri, method)) { Content = Json(args) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? options.Value.BotToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return Checked(method, SlackApiResult.Failed($"http_{(int)response.StatusCode}"));
        }
        var body = await ReadObjectAsync(response, cancellationToken);
        var ok = body?["ok"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        var error = body?["error"] is JsonValue e && e.TryGetValue<string>(out var code) ? code : body is null ? "invalid_json" : null;
        return Checked(method, new SlackApiResult(ok, ok ? null : error ?? "unknown_error", body ?? []));
    }

    private SlackApiResult Checked(string method, SlackApiResult result)
    {
        if (!result.Ok)
        {
            var details = result.Body["response_metadata"]?["messages"]?.ToJsonString() ?? "";
            Log.ApiError(logger, method, result.Error ?? "unknown_error", details);
        }
        return result;
    }

    private static JsonObject Message(SlackMessageContent content)
    {
        var args = new JsonObject { ["text"] = content.Text };
        if (content.Blocks is { } blocks)
        {
            args["blocks"] = blocks.DeepClone();
        }
        return args;
    }

    private static StringContent Json(JsonObject args)
    {
        foreach (var key in args.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            args.Remove(key);
        }
        var content = new StringContent(args.ToJsonString(), Encoding.UTF8, "application/json");
        return content;
    }

    private static async Task<JsonObject?> ReadObjectAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

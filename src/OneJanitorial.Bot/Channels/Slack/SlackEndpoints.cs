using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// <c>/api/slack/events</c>, <c>/commands</c> and <c>/interactions</c>, mapped only when <c>Slack:SigningSecret</c> is set;
/// every one behind <see cref="SlackSignatureFilter"/>. They answer at once; the work runs in the background.
/// Accepting is not tied to the request's token: once stored, work must also be queued, even if Slack hung up.
/// </summary>
public static class SlackEndpoints
{
    public const string EventsRoute = "/api/slack/events";
    public const string CommandsRoute = "/api/slack/commands";
    public const string InteractionsRoute = "/api/slack/interactions";
    public const string RetryNumHeader = "X-Slack-Retry-Num";

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.HttpEnabled)
        {
            return app;
        }
        var group = app.MapGroup("").AddEndpointFilter<SlackSignatureFilter>();
        group.MapPost(EventsRoute, EventsAsync);
        group.MapPost(CommandsRoute, CommandsAsync);
        group.MapPost(InteractionsRoute, InteractionsAsync);
        Log.EndpointsOn(app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints).FullName!));
        return app;
    }

    private static async Task<IResult> EventsAsync(HttpContext context, SlackReceiver receiver, ILogger<SlackReceiver> logger)
    {
        if (ParseObject(SlackSignatureFilter.BodyOf(context)) is not { } body)
        {
            return Reject(context, logger, "the body is not a JSON object");
        }
        var ack = await receiver.ReceiveEventAsync(body, context.Request.Headers[RetryNumHeader], CancellationToken.None);
        return ack.ToResult();
    }

    private static async Task<IResult> CommandsAsync(HttpContext context, SlackReceiver receiver, ILogger<SlackReceiver> logger)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(SlackSignatureFilter.BodyOf(context)));
        if (!form.ContainsKey("command"))
        {
            return Reject(context, logger, "no command field");
        }
        var fields = new JsonObject();
        foreach (var (key, value) in form)
        {
            fields[key] = value.ToString();
        }
        var ack = await receiver.ReceiveCommandAsync(fields, CancellationToken.None);
        return ack.ToResult();
    }

    private static async Task<IResult> InteractionsAsync(HttpContext context, SlackReceiver receiver, ILogger<SlackReceiver> logger)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(SlackSignatureFilter.BodyOf(context)));
        if (!form.TryGetValue("payload", out var json) || ParseObject(Encoding.UTF8.GetBytes(json.ToString())) is not { } payload)
        {
            return Reject(context, logger, "no JSON payload field");
        }
        var ack = await receiver.ReceiveInteractionAsync(payload, CancellationToken.None);
        return ack.ToResult();
    }

    private static IResult Reject(HttpContext context, ILogger logger, string reason)
    {
        Log.BadRequest(logger, context.Request.Path, reason);
        return Results.BadRequest();
    }

    private static JsonObject? ParseObject(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary><c>POST /api/messages</c>: size limit, parsing, the serviceUrl check, and the HTTP answer. Turns run in <see cref="TeamsTurnRunner"/>.</summary>
public static class MessagesEndpoint
{
    public const string Route = "/api/messages";
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        var endpoint = app.MapPost(Route, HandleAsync);
        var options = app.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        if (options.IsAnonymous)
        {
            Log.AnonymousMode(app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint).FullName!));
        }
        else
        {
            endpoint.RequireAuthorization(BotAuthentication.PolicyName);
        }
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        TeamsTurnRunner runner,
        IOptions<BotOptions> options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint).FullName!);
        var body = await RequestBody.ReadAsync(context.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            Log.BodyTooLarge(logger, MaxBodyBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (Parse(body, out var error) is not { } activity)
        {
            Log.BadActivity(logger, error);
            return Results.BadRequest();
        }
        if (!ServiceUrlAllowed(context, options.Value, activity))
        {
            Log.ServiceUrlMismatch(logger, activity.ServiceUrl);
            return Results.Unauthorized();
        }
        if (!BotAuthentication.ChannelEndorsed(context, activity.ChannelId))
        {
            Log.ChannelNotEndorsed(logger, activity.ChannelId);
            return Results.Unauthorized();
        }

        var result = await runner.RunAsync(activity);
        return result.InvokeBody is { } invokeBody
            ? Results.Json(invokeBody, TeamsJsonContext.Default.InvokeResponseBody, statusCode: result.StatusCode)
            : Results.StatusCode(result.StatusCode);
    }

    private static Activity? Parse(byte[] body, out string error)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            error = "malformed JSON";
            return null;
        }
        error = activity switch
        {
            null or { Type: null } => "no activity type",
            { ServiceUrl: not null } when !IsHttpUrl(activity.ServiceUrl) => "serviceUrl is not an http(s) URL",
            { Conversation.Id: null } or { ServiceUrl: null } when ActivityTypes.Handled.Contains(activity.Type) => "no conversation id or serviceUrl",
            _ => "",
        };
        return error.Length == 0 ? activity : null;
    }

    /// <summary>
    /// With auth, the token vouches for the serviceUrl. Without it nothing does, so anonymous mode only
    /// answers connectors on this machine (the Playground) and cannot be used to make the bot call elsewhere.
    /// </summary>
    private static bool ServiceUrlAllowed(HttpContext context, BotOptions options, Activity activity) =>
        activity.ServiceUrl is null
        || (options.IsAnonymous
            ? BotAuthentication.IsLoopbackUrl(activity.ServiceUrl)
            : BotAuthentication.ServiceUrlMatches(context.User, activity.ServiceUrl));

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

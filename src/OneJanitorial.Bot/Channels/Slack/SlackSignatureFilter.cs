using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Runs before every <c>/api/slack</c> endpoint: reads the raw body (size-limited), checks Slack's signature and
/// timestamp, and keeps the verified bytes for the handler (<see cref="BodyOf"/>). Anything else gets 401.
/// </summary>
public sealed class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackSignatureFilter> logger) : IEndpointFilter
{
    public const int MaxBodyBytes = 256 * 1024;
    private static readonly object BodyKey = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var body = await RequestBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            Log.BodyTooLarge(logger, http.Request.Path, MaxBodyBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var check = SlackSignature.Verify(
            options.Value.SigningSecret!,
            http.Request.Headers[SlackSignature.TimestampHeader],
            http.Request.Headers[SlackSignature.SignatureHeader],
            body,
            clock.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            Log.SignatureRejected(logger, http.Request.Path, check);
            return Results.Unauthorized();
        }
        http.Items[BodyKey] = body;
        return await next(context);
    }

    /// <summary>The request body this filter verified.</summary>
    public static byte[] BodyOf(HttpContext context) =>
        context.Items[BodyKey] as byte[] ?? throw new InvalidOperationException("The Slack signature filter did not run for this endpoint.");
}

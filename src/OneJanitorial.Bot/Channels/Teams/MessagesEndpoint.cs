using System.Text.Json;
using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Teams;

public static class MessagesEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        ConversationBot bot,
        ConnectorClient connector,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(request.Body, TeamsJsonContext.Default.Activity, cancellationToken);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (activity is null || activity.Type is null)
        {
            return Results.BadRequest();
        }

        var turn = TeamsActivityMapper.ToTurn(activity, clock.GetUtcNow());
        if (turn is null)
        {
            return Results.Ok();
        }

        var output = new TeamsTurnOutput(connector, activity);
        await bot.OnTurnAsync(turn, output, cancellationToken);

        if (activity.Type != ActivityTypes.Invoke)
        {
            return Results.Ok();
        }
        var body = output.InvokeCard is { } card
            ? new InvokeResponseBody(200, AdaptiveCard.ContentType, CardJson.ToElement(card))
            : new InvokeResponseBody(200, "application/vnd.microsoft.activity.message", JsonSerializer.SerializeToElement("Done."));
        return Results.Json(body, TeamsJsonContext.Default.InvokeResponseBody);
    }
}

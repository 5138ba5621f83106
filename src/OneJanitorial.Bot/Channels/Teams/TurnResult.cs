namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>What <c>/api/messages</c> answers: a status and, for invokes, the synchronous invoke response body.</summary>
public sealed record TurnResult(int StatusCode, InvokeResponseBody? InvokeBody = null)
{
    public static readonly TurnResult Ok = new(StatusCodes.Status200OK);

    /// <summary>Invokes the bot does not implement (the Bot Framework convention).</summary>
    public static readonly TurnResult NotImplemented = new(StatusCodes.Status501NotImplemented);
}

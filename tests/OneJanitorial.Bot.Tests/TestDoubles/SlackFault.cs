namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>How <see cref="FakeSlackServer.FailNext"/> fails a call.</summary>
public enum SlackFault
{
    /// <summary>HTTP 500 with <c>internal_error</c> (Slack having a bad moment).</summary>
    Http500,

    /// <summary>The connection is dropped without an answer (Slack unreachable).</summary>
    Drop,

    /// <summary>No answer until the client gives up (its timeout) or 60 s pass.</summary>
    Hang,
}

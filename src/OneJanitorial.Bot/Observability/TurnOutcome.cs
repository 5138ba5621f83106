namespace OneJanitorial.Bot.Observability;

/// <summary>How a turn ended, the "outcome" tag of onej.turns and onej.turn.duration.</summary>
public enum TurnOutcome
{
    /// <summary>A feature (or the welcome/help card) answered.</summary>
    Handled,

    /// <summary>No feature claimed the turn; the bot said it didn't catch that.</summary>
    Unrecognized,

    /// <summary>The turn threw.</summary>
    Failed,

    /// <summary>The turn was cancelled (timeout, shutdown, Ctrl-C).</summary>
    Cancelled,
}

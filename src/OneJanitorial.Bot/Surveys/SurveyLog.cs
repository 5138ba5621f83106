namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// A logged survey call: <see cref="Key"/> is its idempotency key (the dialog step of the submitted card), so a
/// redelivered or double-clicked submit logs one call.
/// </summary>
public sealed record SurveyLog(string Key, SurveyCall Call, string Rep, DateTimeOffset At);

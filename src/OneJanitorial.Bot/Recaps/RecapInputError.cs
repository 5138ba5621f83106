namespace OneJanitorial.Bot.Recaps;

/// <summary>A ticket line that cannot be used: the field (null when the line itself is the problem) and why.</summary>
public sealed record RecapInputError(string? Field, string Message);

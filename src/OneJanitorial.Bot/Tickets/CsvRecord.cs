namespace OneJanitorial.Bot.Tickets;

/// <summary>One CSV record and the (1-based) line of the file it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

namespace OneJanitorial.Bot.Tickets;

/// <summary>The well-formed records of a CSV file, and each malformed one as a reject with its line and why.</summary>
public sealed record CsvReadResult(IReadOnlyList<CsvRecord> Records, IReadOnlyList<ImportReject> Malformed);

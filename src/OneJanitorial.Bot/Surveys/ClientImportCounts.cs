namespace OneJanitorial.Bot.Surveys;

/// <summary>What a <c>clients import</c> did: rows new to the store, rows that changed a stored client, rows already stored as they are.</summary>
public sealed record ClientImportCounts(int Added, int Updated, int Unchanged);

namespace OneJanitorial.Bot.Storage;

/// <summary>The database cannot be opened, migrated or written right now; a later attempt may succeed.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : InvalidOperationException(message, inner);

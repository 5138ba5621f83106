namespace OneJanitorial.Bot.Storage;

/// <summary>The SQL engine behind <see cref="Database"/>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

namespace OneJanitorial.Bot.Storage;

/// <summary>The schema of <see cref="SqlStateStore"/> and of the start-up write check (<see cref="StorageProbe"/>).</summary>
public static class StateStoreMigrations
{
    // Keys sort by code point on both engines: SQLite's default BINARY collation, PostgreSQL's "C".
    public static readonly Migration CreateStateItems = new(
        "state/0001_create_state_items",
        Sqlite: """
            CREATE TABLE IF NOT EXISTS state_items (
                key  TEXT NOT NULL PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL
            );
            """,
        Postgres: """
            CREATE TABLE IF NOT EXISTS state_items (
                key  text COLLATE "C" PRIMARY KEY,
                json text NOT NULL,
                etag text NOT NULL
            );
            """);

    public static IReadOnlyList<Migration> All { get; } = [CreateStateItems, StorageProbe.CreateTable];
}

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Points CLI commands (configured through the ONEJ_ environment) at a new empty SQLite file, even where PostgreSQL
/// is configured, and on dispose puts the previous settings back and deletes the file's folder. The environment is
/// process-wide: use it only in classes of the non-parallel <c>TicketsCliCollection</c>.
/// </summary>
public sealed class CliTestDatabase : IDisposable
{
    public const string SqlitePathVariable = "ONEJ_Storage__SqlitePath";
    public const string PostgresVariable = "ONEJ_ConnectionStrings__Postgres";

    private readonly string? _previousSqlitePath = Environment.GetEnvironmentVariable(SqlitePathVariable);
    private readonly string? _previousPostgres = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly SqliteTestFolder _folder = new();

    public CliTestDatabase(string name)
    {
        Path = _folder.PathOf($"{name}.db");
        Environment.SetEnvironmentVariable(SqlitePathVariable, Path);
        Environment.SetEnvironmentVariable(PostgresVariable, "");
    }

    public string Path { get; }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(SqlitePathVariable, _previousSqlitePath);
        Environment.SetEnvironmentVariable(PostgresVariable, _previousPostgres);
        _folder.Dispose();
    }
}

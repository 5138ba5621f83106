using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Storage;

/// <summary>Where state and tickets are kept. SQLite unless <c>ConnectionStrings:Postgres</c> is set.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string PostgresConnectionStringName = "Postgres";

    /// <summary>The SQLite file; a relative path is under the content root (the repository root in a checkout).</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/onejanitorial.db";

    /// <summary>Filled from <c>ConnectionStrings:Postgres</c>, not from this section. Empty means SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    public DatabaseProvider Provider =>
        string.IsNullOrWhiteSpace(PostgresConnectionString) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
}

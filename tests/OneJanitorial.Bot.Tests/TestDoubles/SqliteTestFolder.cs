namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A new temporary folder for a test's SQLite files (a host's <c>Storage:SqlitePath</c>, a <see cref="TestDatabase"/>);
/// on dispose the pooled connections let go of them and the folder is deleted.
/// </summary>
public sealed class SqliteTestFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("onej-sqlite-");

    /// <param name="file">A path inside the folder; its own folders need not exist yet.</param>
    public string PathOf(string file = "bot.db") => Path.Combine(_folder.FullName, file);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}

using System.Runtime.CompilerServices;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Hosts and CLI commands built by tests without their own <c>Storage:SqlitePath</c> would otherwise create the
/// database under the repository's <c>data/</c>. Point them at a folder of this test run, removed at exit;
/// a test that sets the path itself still wins (in-memory settings override environment variables).
/// </summary>
internal static class TestStorageDefaults
{
    private const string Variable = "ONEJ_Storage__SqlitePath";

    [ModuleInitializer]
    internal static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not null)
        {
            return;
        }
        var folder = Directory.CreateTempSubdirectory("onej-tests-").FullName;
        Environment.SetEnvironmentVariable(Variable, Path.Combine(folder, "bot.db"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open at exit: the OS temp folder cleans it up later.
            }
        };
    }
}

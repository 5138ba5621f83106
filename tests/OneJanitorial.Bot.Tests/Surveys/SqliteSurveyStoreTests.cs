using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Surveys;

namespace OneJanitorial.Bot.Tests.Surveys;

public sealed class SqliteSurveyStoreTests : SurveyStoreTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("onej-surveys-");

    protected override Task<Database> OpenAsync() => Task.FromResult(Database.ForSqlite(Path.Combine(_folder.FullName, "bot.db"), SurveyMigrations.All));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}

using System.CommandLine;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// <c>clients import &lt;csv&gt;</c>: the client list the huddle's survey calls come from. Every row is checked first;
/// any rejected row (reported with its line) imports nothing. Upserts by (company, building), so a re-import is harmless.
/// </summary>
public static class ClientsCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<FileInfo>("csv") { Description = "CSV with a header: company, building, city, time_zone, owner, last_survey_date" };
        var import = new Command("import", "load or update the clients called for the survey every 2 months (all rows or none)") { file };
        import.SetAction((parse, cancellationToken) => ImportAsync(cli, parse.GetRequiredValue(file), cancellationToken));
        return new Command("clients", "the clients called for survey calls") { import };
    }

    private static async Task<int> ImportAsync(CliContext context, FileInfo file, CancellationToken cancellationToken)
    {
        using var csv = file.OpenText();
        var services = context.Services;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        // A date is "in the future" only past tomorrow in UTC: it is already tomorrow in zones east of UTC.
        var (clients, rejects) = ClientCsvImporter.Parse(csv, today.AddDays(1));
        if (rejects.Count > 0)
        {
            foreach (var reject in rejects)
            {
                await context.Error.WriteLineAsync($"line {reject.Line}: {reject.Reason}");
            }
            await context.Error.WriteLineAsync($"{rejects.Count} row(s) rejected; nothing imported.");
            return 1;
        }
        var counts = await services.GetRequiredService<SurveyStore>().UpsertClientsAsync(clients, cancellationToken);
        await context.Out.WriteLineAsync($"clients: {counts.Added} added, {counts.Updated} updated, {counts.Unchanged} unchanged");
        return 0;
    }
}

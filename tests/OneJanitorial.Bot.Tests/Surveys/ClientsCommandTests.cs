using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Surveys;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;

namespace OneJanitorial.Bot.Tests.Surveys;

/// <summary><c>clients import</c> through the real CLI entry on a temporary SQLite file.</summary>
[Collection(TicketsCliCollection.Name)]
public sealed class ClientsCommandTests : IDisposable
{
    private const string Good = """
        company,building,city,time_zone,owner,last_survey_date
        Acme,Tower A,Toronto,America/Toronto,Casey,2025-12-01
        Acme,"Tower B, East",Toronto,America/Toronto,Casey,
        Beta Corp,Plaza,Calgary,America/Edmonton,Robin,2026-01-15
        """;

    private readonly CliTestDatabase _database = new("clients-cli");
    private readonly string _folder = Directory.CreateTempSubdirectory("onej-clients-").FullName;

    [Fact]
    public async Task ClientsImport_GoodFile_ReportsCounts()
    {
        var (code, output, _) = await RunAsync("clients", "import", Write("good.csv", Good));

        Assert.Equal(0, code);
        Assert.Equal("clients: 3 added, 0 updated, 0 unchanged", output.Trim());
    }

    [Fact]
    public async Task ClientsImport_SameFileAgainThenAChange_UpsertsByCompanyAndBuilding()
    {
        await RunAsync("clients", "import", Write("good.csv", Good));

        var (againCode, again, _) = await RunAsync("clients", "import", Write("good.csv", Good));
        var (_, changed, _) = await RunAsync("clients", "import", Write("moved.csv", Good.Replace("Robin,2026-01-15", "Casey,2026-01-15")));

        Assert.Equal(0, againCode);
        Assert.Equal("clients: 0 added, 0 updated, 3 unchanged", again.Trim());
        Assert.Equal("clients: 0 added, 1 updated, 2 unchanged", changed.Trim());
    }

    [Fact]
    public async Task ClientsImport_BadRows_EachReportedWithItsLineAndNothingImported()
    {
        var bad = Good + """

            Gamma,Depot,Toronto,Eastern Standard Time,Casey,2026-01-01
            Delta,Depot,Toronto,Mars/Olympus,Casey,2026-01-01
            Echo,,Toronto,America/Toronto,Casey,2026-01-01
            Foxtrot,Depot,Toronto,America/Toronto,Casey,01/15/2026
            Acme,tower a,Toronto,America/Toronto,Robin,
            """;

        var (code, _, errors) = await RunAsync("clients", "import", Write("bad.csv", bad));
        var (_, output, _) = await RunAsync("clients", "import", Write("good.csv", Good));

        Assert.Equal(1, code);
        Assert.Contains("line 5: time_zone 'Eastern Standard Time' is not an IANA time zone", errors);
        Assert.Contains("line 6: time_zone 'Mars/Olympus' is not an IANA time zone", errors);
        Assert.Contains("line 7: building is empty", errors);
        Assert.Contains("line 8: last_survey_date '01/15/2026' is not a date (yyyy-MM-dd)", errors);
        Assert.Contains("line 9: company 'Acme' building 'tower a' appears more than once in the file", errors);
        Assert.Contains("5 row(s) rejected; nothing imported.", errors);
        Assert.Equal("clients: 3 added, 0 updated, 0 unchanged", output.Trim());
    }

    [Fact]
    public async Task ClientsImport_HeaderMissingColumns_NamesThem()
    {
        var (code, _, errors) = await RunAsync("clients", "import", Write("header.csv", "company,building,city\nAcme,Tower A,Toronto\n"));

        Assert.Equal(1, code);
        Assert.Contains("line 1: header is missing column(s): time_zone, owner", errors);
    }

    [Fact]
    public void Parse_GoodFile_ReadsEveryColumn()
    {
        var (clients, rejects) = ClientCsvImporter.Parse(new StringReader(Good), new DateOnly(2026, 3, 2));

        Assert.Empty(rejects);
        Assert.Equal(
            [
                new Client("Acme", "Tower A", "Toronto", "America/Toronto", "Casey", new DateOnly(2025, 12, 1)),
                new Client("Acme", "Tower B, East", "Toronto", "America/Toronto", "Casey", null),
                new Client("Beta Corp", "Plaza", "Calgary", "America/Edmonton", "Robin", new DateOnly(2026, 1, 15)),
            ],
            clients);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliCommands.RunAsync(args, new StringReader(""), stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

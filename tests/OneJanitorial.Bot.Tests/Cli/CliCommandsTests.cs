using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;

namespace OneJanitorial.Bot.Tests.Cli;

/// <summary>Operator mistakes reach the CLI as one plain line on stderr and a non-zero exit, never a stack trace.</summary>
[Collection(TicketsCliCollection.Name)]
public sealed class CliCommandsTests : IDisposable
{
    private const string EstCloseVariable = "ONEJ_Tickets__EstCloseBusinessDays";
    private static readonly string ExportCsv = Path.Combine("TestData", "Tickets", "crm-export.csv");
    private readonly CliTestDatabase _database = new("cli");

    [Fact]
    public async Task RunAsync_InvalidSetting_OneLineErrorNamingItAndNonZeroExit()
    {
        Environment.SetEnvironmentVariable(EstCloseVariable, "9");

        var (code, output, error) = await RunAsync("tickets", "import", ExportCsv);

        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: configuration is invalid:", line);
        Assert.Contains(nameof(Bot.Tickets.TicketsOptions.EstCloseBusinessDays), line);
    }

    [Fact]
    public async Task RunAsync_DatabaseUnreachable_OneLineErrorAndNonZeroExit()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        Environment.SetEnvironmentVariable(CliTestDatabase.PostgresVariable, "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");

        var (code, output, error) = await RunAsync("tickets", "import", ExportCsv);

        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: database:", line);
        Assert.DoesNotContain("   at ", error);
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliCommands.RunAsync(args, new StringReader(""), stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(EstCloseVariable, null);
        _database.Dispose();
    }
}

using System.Text.Json.Nodes;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;

namespace OneJanitorial.Bot.Tests.Reminders;

/// <summary>Runs the real CLI on a temporary SQLite file (the strike history the ticket rules read).</summary>
[Collection(TicketsCliCollection.Name)]
public sealed class RemindersCommandTests : IDisposable
{
    private readonly CliTestDatabase _database = new("reminders-cli");
    private static readonly string[] Tickets = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Recaps", "tickets.jsonl"));

    private static async Task<(int Code, string[] Lines, string Error)> RunAsync(string[] args, params string[] input)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliCommands.RunAsync(args, new StringReader(string.Join('\n', input)), stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public async Task PreviewJson_GoodBadGood_OneLineEachAndExitOne()
    {
        var (code, lines, _) = await RunAsync(["reminders", "preview", "--json"], Tickets[0], "{\"client\":1}", "", Tickets[1]);

        Assert.Equal(1, code);
        Assert.Equal(3, lines.Length);
        var first = JsonNode.Parse(lines[0])!["reminders"]!.AsArray();
        Assert.Contains(first, r => r!["kind"]!.GetValue<string>() == "feedback-check-in"
            && r["dueUtc"]!.GetValue<string>() == "2026-03-11T12:00:00Z" && r["dueLocal"]!.GetValue<string>() == "2026-03-11T08:00:00"
            && r["timeZone"]!.GetValue<string>() == "America/New_York" && r["target"]!.GetValue<string>() == "owner");
        Assert.Equal("""{"line":2,"field":"client","error":"client has the wrong type or format (expected a string)."}""", lines[1]);
        Assert.NotNull(JsonNode.Parse(lines[2])!["reminders"]);
    }

    [Fact]
    public async Task Preview_WithoutJson_UsageError()
    {
        var (code, _, error) = await RunAsync(["reminders", "preview"]);

        Assert.Equal(2, code);
        Assert.Contains("reminders preview --json", error);
        Assert.Equal(2, (await RunAsync(["reminders", "resend"])).Code);
    }

    [Fact]
    public async Task List_StoredTicket_ItsUnsentRemindersWithLocalTimes()
    {
        var (code, _, _) = await RunAsync(["tickets", "import", Path.Combine(AppContext.BaseDirectory, "TestData", "Tickets", "crm-export.csv")]);
        Assert.Equal(0, code);

        var (listCode, lines, _) = await RunAsync(["reminders", "list"]);

        Assert.Equal(0, listCode);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  \d{4}-\d\d-\d\d \d\d:\d\d America/Toronto  ticket \d+  [a-z-]+ → (owner|channel|on-call)$", l));
        Assert.Contains(lines, l => l.Contains("overdue → channel", StringComparison.Ordinal)); // every open ticket has its next daily overdue alert
    }

    [Fact]
    public async Task Failed_NothingFailed_PrintsNothing()
    {
        var (code, lines, _) = await RunAsync(["reminders", "failed"]);

        Assert.Equal(0, code);
        Assert.Empty(lines);
    }

    public void Dispose() => _database.Dispose();
}

using System.Text.Json;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Tickets;

/// <summary>Runs the real CLI entry; the ticket database is a temporary SQLite file chosen through the ONEJ_ environment.</summary>
[Collection(TicketsCliCollection.Name)]
public sealed class TicketCommandsTests : IDisposable
{
    private readonly CliTestDatabase _database = new("tickets-cli");
    private static readonly string ExportCsv = Path.Combine("TestData", "Tickets", "crm-export.csv");
    private static readonly string BadCsv = Path.Combine("TestData", "Tickets", "crm-export-bad.csv");

    private const string Valid =
        """{"client":"Walmart","building":"Walmart Store 12","city":"Toronto","timeZone":"America/Toronto","category":"service-issue","concern":"Cleaning Issue","inScope":true,"cleaner":"Jane Doe","cleanerBuildingStart":"2026-01-05","contractStart":"2025-06-01","priorCleanerIssues":0,"cleanerInBco":false,"surveyRating":null,"billingPrice":100,"source":"email","receivedAt":"2026-11-23T09:15:00-05:00"}""";

    [Fact]
    public async Task TicketPlan_SeveralLines_OneResultOrErrorPerLine()
    {
        string[] lines =
        [
            Valid,
            Valid.Replace("\"priorCleanerIssues\":0", "\"priorCleanerIssues\":1").Replace("Cleaning Issue", "Missed Clean"),
            Valid.Replace("\"inScope\":true", "\"inScope\":false").Replace("2026-11-23T09:15:00-05:00", "2026-11-21T12:00:00-05:00"),
            "{not json",
            "",
            Valid.Replace("\"timeZone\":\"America/Toronto\",", ""),
            Valid.Replace("service-issue", "complaint"),
            Valid.Replace("America/Toronto", "Mars/Olympus"),
            Valid.Replace("\"billingPrice\":100", "\"billingPrice\":\"lots\""),
            Valid.Replace("-05:00\"", "\""),
            Valid.Replace("service-issue", "survey"),
            Valid.Replace("\"surveyRating\":null", "\"surveyRating\":6").Replace("service-issue", "survey"),
            Valid.Replace("\"contractStart\":\"2025-06-01\"", "\"contractStart\":\"06/01/2025\""),
        ];

        var (code, output, _) = await RunAsync(["ticket-plan", "--json"], string.Join("\n", lines));

        Assert.Equal(0, code);
        Assert.Contains("\"title\":\"New Concern — Walmart — Cleaning Issue — Jane Doe — $100\"", output);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(12, results.Count);
        AssertPlan(results[0], "New Concern", "NC", "Medium", "2026-11-23", "2026-11-30", 1, null);
        Assert.Equal("New Concern — Walmart — Cleaning Issue — Jane Doe — $100", results[0].GetProperty("title").GetString());
        Assert.Equal("Client Support", results[0].GetProperty("department").GetString());
        Assert.Equal("Main Ticket Board", results[0].GetProperty("owner").GetString());
        Assert.Contains(results[0].GetProperty("rules").EnumerateArray(), r => r.GetString()!.StartsWith("Step 2 — Ticket Types & Labeling (ticket-type): New Concern", StringComparison.Ordinal));
        AssertPlan(results[1], "R1", "R1", "Urgent", "2026-11-23", "2026-11-24", 2, null);
        AssertPlan(results[2], "Client Update", "Update", "Low", "2026-11-23", "2026-11-30", 0, "3A");
        AssertError(results[3], null);
        AssertError(results[4], "timeZone");
        AssertError(results[5], "category");
        AssertError(results[6], "timeZone");
        AssertError(results[7], "billingPrice");
        AssertError(results[8], "receivedAt");
        AssertError(results[9], "surveyRating");
        AssertPlan(results[10], "Client Update", "Update", "Low", "2026-11-23", "2026-11-30", 0, null);
        AssertError(results[11], "contractStart");
        Assert.Contains("yyyy-MM-dd", results[11].GetProperty("error").GetString());
    }

    [Fact]
    public async Task TicketPlan_AfterImport_StoreHistoryWinsOverIntake()
    {
        var (importCode, importOut, _) = await RunAsync(["tickets", "import", ExportCsv], "");
        var (_, output, _) = await RunAsync(["ticket-plan", "--json"], Valid);

        Assert.Equal(0, importCode);
        Assert.Equal("imported 3 ticket(s)", importOut.Trim());
        AssertPlan(JsonDocument.Parse(output).RootElement, "Move to BCO", "BCO", "High", "2026-11-23", "2026-11-30", 3, null);
    }

    [Fact]
    public async Task TicketsImport_SameFileTwice_SecondSkipsEverything()
    {
        await RunAsync(["tickets", "import", ExportCsv], "");

        var (code, output, _) = await RunAsync(["tickets", "import", ExportCsv], "");

        Assert.Equal(0, code);
        Assert.Contains("imported 0 ticket(s)", output);
        Assert.Contains("skipped 3 already imported: H-100, H-101, H-102", output);
    }

    [Fact]
    public async Task TicketsImport_BadRows_ReportsAndImportsNothing()
    {
        var (code, _, errors) = await RunAsync(["tickets", "import", BadCsv], "");
        var (_, output, _) = await RunAsync(["ticket-plan", "--json"], Valid);

        Assert.Equal(1, code);
        Assert.Contains("line 3: create_date '2026-13-01' is not a date (yyyy-MM-dd)", errors);
        Assert.Contains("5 row(s) rejected; nothing imported.", errors);
        AssertPlan(JsonDocument.Parse(output).RootElement, "New Concern", "NC", "Medium", "2026-11-23", "2026-11-30", 1, null);
    }

    [Theory]
    [InlineData(new[] { "ticket-plan" }, "pass --json")]
    [InlineData(new[] { "tickets", "export" }, "usage: tickets import <file.csv>")]
    [InlineData(new[] { "tickets", "import", "no-such.csv" }, "'no-such.csv'")]
    [InlineData(new[] { "tickets", "import", "a.csv", "b.csv" }, "usage: tickets import <file.csv>")]
    public async Task Commands_BadArguments_UsageError(string[] args, string message)
    {
        var (code, _, errors) = await RunAsync(args, "");

        Assert.Equal(2, code);
        Assert.Contains(message, errors);
    }

    private static void AssertPlan(JsonElement result, string type, string badge, string priority, string create, string estClose, int strike, string? bucket)
    {
        Assert.False(result.TryGetProperty("error", out _), result.ToString());
        Assert.Equal(type, result.GetProperty("ticketType").GetString());
        Assert.Equal(badge, result.GetProperty("badge").GetString());
        Assert.Equal(priority, result.GetProperty("priority").GetString());
        Assert.Equal(create, result.GetProperty("createDate").GetString());
        Assert.Equal(estClose, result.GetProperty("estCloseDate").GetString());
        Assert.Equal(strike, result.GetProperty("strikeNumber").GetInt32());
        Assert.Equal(bucket, result.GetProperty("bucket").GetString());
    }

    private static void AssertError(JsonElement result, string? field)
    {
        Assert.False(string.IsNullOrEmpty(result.GetProperty("error").GetString()));
        Assert.Equal(field, result.GetProperty("field").GetString());
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(string[] args, string input)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliCommands.RunAsync(args, new StringReader(input), stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _database.Dispose();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TicketsCliCollection
{
    public const string Name = "Tickets CLI (process environment)";
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>Runs the real CLI; the ticket history (strike counts) is a temporary SQLite file chosen through the ONEJ_ environment.</summary>
[Collection(TicketsCliCollection.Name)]
public sealed class RecapCommandTests : IDisposable
{
    private readonly CliTestDatabase _database = new("recap-cli");
    private static readonly string[] Tickets = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Recaps", "tickets.jsonl"));

    private static async Task<(int Code, JsonObject[] Lines)> RunAsync(params string[] input)
    {
        var stdout = new StringWriter();
        var code = await CliCommands.RunAsync(["recap", "--json"], new StringReader(string.Join('\n', input)), stdout, new StringWriter(), CancellationToken.None);
        return (code, [.. stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())]);
    }

    private static string Line(int index, params (string Field, JsonNode? Value)[] changes)
    {
        var ticket = JsonNode.Parse(Tickets[index])!.AsObject();
        foreach (var (field, value) in changes)
        {
            ticket[field] = value;
        }
        return ticket.ToJsonString();
    }

    private static string Strike(JsonObject recap) => recap["sections"]!["threeStrikePolicy"]!.GetValue<string>();

    [Fact]
    public async Task RunAsync_R1TicketLine_WritesRecapObject()
    {
        var (code, lines) = await RunAsync(Tickets[0]);

        Assert.Equal(0, code);
        var recap = Assert.Single(lines);
        Assert.Equal("template", recap["generator"]!.GetValue<string>());
        Assert.Equal(["issue", "actionPlan", "checklist", "threeStrikePolicy"], recap["sections"]!.AsObject().Select(p => p.Key));
        Assert.Contains("This is your 2nd issue in 3 months", recap["sections"]!["threeStrikePolicy"]!.GetValue<string>());
        Assert.Contains("(R1)", recap["subject"]!.GetValue<string>());
        Assert.StartsWith("Hi Maria,", recap["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_TextFieldsAndNoOffset_ReadsListsAndLocalTime()
    {
        var (_, lines) = await RunAsync(Tickets[1]);

        var plan = lines[0]["sections"]!["actionPlan"]!.GetValue<string>();
        Assert.Contains("Wednesday, November 4, 2026 at 9:30 AM Mountain Standard Time", plan);
        Assert.Contains("- Sticky spots by the coffee station", lines[0]["sections"]!["issue"]!.GetValue<string>());
        Assert.Contains("This is your 1st issue", lines[0]["sections"]!["threeStrikePolicy"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus")]
    [InlineData("priorCleanerIssues", "-1")]
    [InlineData("followUpAt", "next Tuesday")]
    [InlineData("followUpAt", "2026-03-08T02:30")]
    [InlineData("followUpAt", "9999-12-31T23:59")] // past year 9999 in UTC
    [InlineData("followUpAt", "0001-01-01T00:00:00Z")]
    [InlineData("nextCleanDate", "03/10/2026")]
    [InlineData("cleanerEmail", "maria")]
    [InlineData("checklistItems", "")]
    [InlineData("client", null)]
    public async Task RunAsync_BadField_WritesErrorNamingFieldAndContinues(string field, string? value)
    {
        var ticket = JsonNode.Parse(Tickets[0])!.AsObject();
        ticket[field] = field == "priorCleanerIssues" ? JsonValue.Create(int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(value);

        var (code, lines) = await RunAsync(ticket.ToJsonString(), Tickets[1]);

        Assert.Equal(1, code);
        Assert.Equal(field, lines[0]["field"]!.GetValue<string>());
        Assert.Equal(1, lines[0]["line"]!.GetValue<int>());
        Assert.Equal("template", lines[1]["generator"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_CleanerStartedThisWeek_FirstTwoWeeksFromTheRules()
    {
        var (code, lines) = await RunAsync(Line(1, ("cleanerBuildingStart", "2026-10-26")));

        Assert.Equal(0, code);
        Assert.Contains("(First Two Weeks)", lines[0]["subject"]!.GetValue<string>());
        Assert.Contains("This is your 1st issue", Strike(lines[0]));
    }

    [Fact]
    public async Task RunAsync_StoreHasCleanerHistory_StrikeFromStoreNotFromLine()
    {
        var export = Path.Combine("TestData", "Tickets", "crm-export.csv");
        Assert.Equal(0, await CliCommands.RunAsync(["tickets", "import", export], new StringReader(""), new StringWriter(), new StringWriter(), CancellationToken.None));

        var (code, lines) = await RunAsync(Line(0, ("cleaner", "Jane Doe"), ("receivedAt", "2026-11-23T09:15:00-05:00"), ("priorCleanerIssues", 0)));

        Assert.Equal(0, code);
        Assert.Contains("(Move to BCO)", lines[0]["subject"]!.GetValue<string>());
        Assert.Contains("This is your 3rd issue in 3 months", Strike(lines[0]));
    }

    [Theory]
    [InlineData("client-update")]
    [InlineData("extra-service")]
    public async Task RunAsync_TicketThatIsNoStrike_ErrorNamingCategory(string category)
    {
        var (code, lines) = await RunAsync(Line(0, ("category", category)));

        Assert.Equal(1, code);
        Assert.Equal("category", lines[0]["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_LineOfTheSampleTicket_SameEmailAsTheStoredTicketsRecap()
    {
        var stored = await new RecapWriter(RecapSamples.Prompts, NullLogger<RecapWriter>.Instance).WriteAsync(RecapSamples.R1(), CancellationToken.None);

        var (_, lines) = await RunAsync(Tickets[0]);

        Assert.Equal((stored.Subject, stored.Body), (lines[0]["subject"]!.GetValue<string>(), lines[0]["body"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RunAsync_NotJson_WritesErrorWithoutField()
    {
        var (code, lines) = await RunAsync("{not json");

        Assert.Equal(1, code);
        Assert.Null(lines[0]["field"]);
        Assert.Contains("not valid JSON", lines[0]["error"]!.GetValue<string>());
    }

    public void Dispose() => _database.Dispose();
}

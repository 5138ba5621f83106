using System.Text.Json.Nodes;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Tests.Recaps;

public sealed class RecapCommandTests
{
    private static readonly string[] Tickets = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Recaps", "tickets.jsonl"));

    private static async Task<(int Code, JsonObject[] Lines)> RunAsync(params string[] input)
    {
        var stdout = new StringWriter();
        var code = await CliCommands.RunAsync(["recap", "--json"], new StringReader(string.Join('\n', input)), stdout, new StringWriter(), CancellationToken.None);
        return (code, [.. stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())]);
    }

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
    public async Task RunAsync_NotJson_WritesErrorWithoutField()
    {
        var (code, lines) = await RunAsync("{not json");

        Assert.Equal(1, code);
        Assert.Null(lines[0]["field"]);
        Assert.Contains("not valid JSON", lines[0]["error"]!.GetValue<string>());
    }
}

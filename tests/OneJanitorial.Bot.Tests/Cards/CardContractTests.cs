using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Tests.Dialogs;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Cards;

/// <summary>Every card the bot can send passes the official parser at its version, the Teams type check and our rules.</summary>
public sealed class CardContractTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onej-cards-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ExportedCards_PassOfficialParserTypeCheckAndOurRules()
    {
        var samples = DialogScripts.New(AddSampleDialogCards).Services.GetServices<ViewSample>().ToList();
        var files = await CardsCommand.ExportAsync(samples, _dir, CancellationToken.None);

        var report = await CardValidator.ValidateAsync(_dir);

        Assert.Equal(samples.Count, report.Count);
        var problems = files
            .SelectMany(f => CardRules.Check(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)).Select(e => $"{Path.GetFileName(f)}: {e}"))
            .Concat(report.SelectMany(r => r.Value.Select(e => $"{r.Key}: {e}")))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // What the official parser does with 1.3+ features on a 1.2 card: it reports them, so our 1.2 cards avoid them.
    [Theory]
    [InlineData("""{"type":"Input.Text","id":"a","label":"A"}""", "Property \"label\" is supported in version 1.3")]
    [InlineData("""{"type":"Input.Text","id":"a","isRequired":true}""", "Property \"isRequired\" is supported in version 1.3")]
    [InlineData("""{"type":"Input.Text","id":"a","errorMessage":"A?"}""", "Property \"errorMessage\" is supported in version 1.3")]
    [InlineData("""{"type":"Input.ChoiceSet","id":"a","style":"filtered","choices":[{"title":"A","value":"a"}]}""", "Value \"filtered\" for property \"style\" is supported in version 1.5")]
    [InlineData("""{"type":"ActionSet","actions":[{"type":"Action.Execute","title":"Go","verb":"go","data":{},"fallback":{"type":"Action.Submit","title":"Go","data":{}}}]}""", "Unknown action type \"Action.Execute\"")]
    public async Task Validator_NewerFeatureOnVersion12Card_ReportsIt(string element, string expected)
    {
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(Path.Combine(_dir, "probe.json"), $$"""{"type":"AdaptiveCard","version":"1.2","body":[{{element}}]}""");

        var report = await CardValidator.ValidateAsync(_dir);

        Assert.Contains(report["probe.json"], e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validator_UnknownPropertyAndMissingText_ReportedByTypeCheck()
    {
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(Path.Combine(_dir, "probe.json"), """{"type":"AdaptiveCard","version":"1.2","body":[{"type":"TextBlock","txt":"typo"}]}""");

        var report = await CardValidator.ValidateAsync(_dir);

        Assert.Contains(report["probe.json"], e => e.StartsWith("type:", StringComparison.Ordinal) && e.Contains("txt", StringComparison.Ordinal));
    }

    private static void AddSampleDialogCards(IServiceCollection services)
    {
        services.AddSingleton(new ViewSample("sample.supply-where", () => SupplyOrderDialog.Card(new SupplyOrderState("where", Error: "Pick a building."))));
        services.AddSingleton(new ViewSample("sample.supply-quantity", () => SupplyOrderDialog.Card(new SupplyOrderState("quantity", "north", "2026-03-09"))));
        services.AddSingleton(new ViewSample("sample.supply-confirm", () => SupplyOrderDialog.Card(new SupplyOrderState("confirm", "north", "2026-03-09", 4))));
        services.AddSingleton(new ViewSample("sample.note", () => NoteDialog.Card(new NoteState("Type a note."))));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}

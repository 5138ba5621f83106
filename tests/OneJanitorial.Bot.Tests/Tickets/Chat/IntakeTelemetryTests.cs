using System.Diagnostics;
using OneJanitorial.Bot.Observability;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>An intake turn's span names the dialog and the step the turn answered, never what the CSR typed.</summary>
public sealed class IntakeTelemetryTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();

    [Fact]
    public async Task IntakeTurns_Spans_DialogAndStepButNoUserText()
    {
        // The bot's source is process-wide and tests run in parallel: this test's turns are the children of its own span.
        using var source = new ActivitySource("test-" + Guid.NewGuid().ToString("N"));
        var exported = new List<Activity>();
        ActivityTraceId trace;
        using (Sdk.CreateTracerProviderBuilder().AddSource(BotTelemetry.Name, source.Name).AddInMemoryExporter(exported).Build())
        using (var parent = source.StartActivity("intake"))
        {
            trace = parent!.TraceId;
            await _scripts.New().ToCleaner()
                .Submit(IntakeSteps.Cleaner).ExpectCard("R1 — Walmart")
                .Press("Looks right").ExpectCard("Master note 1/3")
                .RunAsync();
        }
        // Read once the provider is gone: until then other tests' spans are still being added.
        var spans = exported.Where(s => s.DisplayName == "turn" && s.TraceId == trace).ToList();

        Assert.Equal(
            [("Ticket", "ticket.intake", "Review"), ("Dialog", "ticket.intake", "Review"), ("Dialog", "ticket.intake", "Concern"), ("Dialog", "ticket.intake", "Category"),
             ("Dialog", "ticket.intake", "Scope"), ("Dialog", "ticket.intake", "Cleaner"), ("Dialog", "ticket.intake", "Plan")],
            spans.Select(s => ((string?)s.GetTagItem("onej.feature"), (string?)s.GetTagItem("onej.dialog"), (string?)s.GetTagItem("onej.dialog.step"))));
        Assert.DoesNotContain(spans.SelectMany(s => s.TagObjects), t => t.Value?.ToString() is { } v && (v.Contains("Walmart", StringComparison.Ordinal) || v.Contains("Jane", StringComparison.Ordinal)));
    }

    public void Dispose() => _scripts.Dispose();
}

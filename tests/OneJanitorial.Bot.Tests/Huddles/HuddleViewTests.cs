using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;
using static OneJanitorial.Bot.Tests.Huddles.SeededHistory;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>The seeded history's digests as the bot posts them in chat and the team channels (the view's text rendering).</summary>
public sealed class HuddleViewTests
{
    /// <summary>The view's lines: each fact as "label: value", each paragraph line as written.</summary>
    private static IReadOnlyList<string> Post(HuddleKind kind, DateTimeOffset now) =>
    [
        .. ViewTree.Blocks(HuddleView.Build(HuddleBuilder.Build(SeededHistory.Tickets(), kind, now, Zone, new BusinessCalendar(new HashSet<DateOnly>()))))
            .SelectMany(b => b switch
            {
                Facts facts => facts.Items.Select(f => $"{f.Label}: {f.Value}"),
                Paragraph paragraph => paragraph.Text.ToPlainText().Split('\n'),
                _ => [],
            }),
    ];

    [Fact]
    public void Build_EndOfDay_EveryFigureOfTheTextPost()
    {
        var post = Post(HuddleKind.EndOfDay, EndOfDay);

        Assert.Equal("End-of-day huddle — Wed, Nov 18", post[0]);
        foreach (var line in new[]
        {
            "Open: 4", "New Submission: 2", "Open Ticket: 1", "Client Pending Close: 1", "By priority: Urgent 1 · High 1 · Medium 1 · Low 1",
            "Due today: #3 Taylor", "Overdue: #2 Peter (1d)",
            "- ⚠️ Response within 90 min: 50% (3/6) (target 100%)", "- ✅ BCO moves: 1 (target ≤ 20)",
            "- Checklist not verified before the cleaner call (Step 1B): #3", "- Review status missing at close: #4",
            "Closed today: #5", "Still untouched: #3, #6",
        })
        {
            Assert.Contains(line, post);
        }
    }

    [Fact]
    public void Build_Morning_NoClosedOrUntouched()
    {
        var view = HuddleView.Build(HuddleBuilder.Build(SeededHistory.Tickets(), HuddleKind.Morning, Morning, Zone, new BusinessCalendar(new HashSet<DateOnly>())));

        Assert.Equal("Morning huddle — Wed, Nov 18: 4 open, 1 overdue, 8 to coach on", view.Summary);
        Assert.DoesNotContain("untouched", ViewTextRenderer.Render(view));
    }

    [Fact]
    public void Build_NoTicketsAtAll_KpisSayNoDataYetAndTheCardSerializes()
    {
        var view = HuddleView.Build(HuddleBuilder.Build([], HuddleKind.EndOfDay, EndOfDay, Zone, new BusinessCalendar(new HashSet<DateOnly>())));

        var text = ViewTextRenderer.Render(view);
        Assert.Equal(3, text.Split('\n').Count(l => l.Contains("no data yet", StringComparison.Ordinal))); // the three shares: 0 of 0
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", CardJson.Serialize(AdaptiveCardRenderer.Render(view)), StringComparison.Ordinal);
    }
}

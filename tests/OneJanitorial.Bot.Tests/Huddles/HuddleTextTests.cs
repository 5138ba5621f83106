using System.Text.Json.Nodes;
using OneJanitorial.Bot.Huddles;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Huddles.SeededHistory;

namespace OneJanitorial.Bot.Tests.Huddles;

/// <summary>The seeded history's digests exactly as the bot posts them, and as <c>huddle --json</c> data.</summary>
public sealed class HuddleTextTests
{
    private static HuddleDigest Build(HuddleKind kind, DateTimeOffset now) =>
        HuddleBuilder.Build(SeededHistory.Tickets(), kind, now, Zone, new BusinessCalendar(new HashSet<DateOnly>()));

    [Fact]
    public void Render_EndOfDay_ExactPost()
    {
        Assert.Equal("""
            **End-of-day huddle — Wed, Nov 18**

            **Open: 4**

            - New Submission: 2
            - Open Ticket: 1
            - Client Pending Close: 1

            By priority: Urgent 1 · High 1 · Medium 1 · Low 1

            **Due today:** #3 Taylor

            **Overdue:** #2 Peter (1d)

            **KPIs this month**

            - ⚠️ Response within 90 min: 50% (3/6) (target 100%)
            - ⚠️ Closed within 7 days: 50% (1/2) (target 100%)
            - ⚠️ Worked the day received: 80% (4/5) (target 100%)
            - ✅ Client concerns: 6 (target ≤ 80)
            - ✅ BCO moves: 1 (target ≤ 20)

            **Coach on**

            - Checklist not verified before the cleaner call (Step 1B): #3
            - No bucket assigned: #3
            - Ticket title parts wrong or missing: #3
            - No follow-up date/time set: #2
            - Consequence not stated: #2
            - Master note incomplete at Client Pending Close: #2
            - Recap not sent / "Agreed" not recorded: #4
            - Review status missing at close: #4

            **Closed today:** #5

            **Still untouched:** #3, #6
            """, HuddleText.Render(Build(HuddleKind.EndOfDay, EndOfDay)));
    }

    [Fact]
    public void Render_Morning_NoClosedOrUntouchedSectionAndTodaysTicketNotYetLate()
    {
        var text = HuddleText.Render(Build(HuddleKind.Morning, Morning));

        Assert.StartsWith("**Morning huddle — Wed, Nov 18**", text);
        Assert.Contains("- ⚠️ Response within 90 min: 60% (3/5) (target 100%)", text);
        Assert.DoesNotContain("Closed today", text);
        Assert.DoesNotContain("untouched", text);
    }

    [Fact]
    public void Write_EndOfDay_KpisWithTargetAndActualFlagsWithTickets()
    {
        var json = JsonNode.Parse(HuddleJson.Write(Build(HuddleKind.EndOfDay, EndOfDay)))!;

        Assert.Equal(4, json["open"]!.GetValue<int>());
        Assert.Equal(2, json["openByStage"]!["New Submission"]!.GetValue<int>());
        var response = json["kpis"]![0]!;
        Assert.Equal(("response-within-90-minutes", 100.0, 50.0, 3, 6), (response["name"]!.GetValue<string>(), response["target"]!.GetValue<double>(),
            response["actual"]!.GetValue<double>(), response["count"]!.GetValue<int>(), response["total"]!.GetValue<int>()));
        Assert.Equal("at-most", json["kpis"]![3]!["targetIs"]!.GetValue<string>());
        var review = json["flags"]!.AsArray().Single(f => f!["flag"]!.GetValue<string>() == "review-status-missing")!;
        Assert.Equal([4], review["tickets"]!.AsArray().Select(t => t!.GetValue<long>()));
        Assert.Equal([3L, 6L], json["untouched"]!.AsArray().Select(t => t!.GetValue<long>()));
        Assert.Equal(1, json["overdue"]![0]!["businessDaysOverdue"]!.GetValue<int>());
    }
}

using System.Globalization;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>The digest as the bot posts it in chat and in the team channels: a view that reads on a phone, the same lines as <see cref="HuddleText"/>.</summary>
public static class HuddleView
{
    public static View Build(HuddleDigest digest)
    {
        List<Fact> work =
        [
            new("Open", digest.OpenCount.ToString(CultureInfo.InvariantCulture)),
            .. digest.OpenByStage.Select(s => new Fact(s.Key.Name(), s.Value.ToString(CultureInfo.InvariantCulture))),
            new("By priority", digest.OpenByPriority.Count == 0 ? "none" : HuddleText.ByPriority(digest)),
            new("Due today", HuddleText.Mentions(digest.DueToday, overdue: false)),
            new("Overdue", HuddleText.Mentions(digest.Overdue, overdue: true)),
        ];
        List<Block> blocks =
        [
            new Paragraph(HuddleText.Title(digest)) { Style = TextStyle.Heading },
            new Facts(work),
            new Paragraph("KPIs this month") { Style = TextStyle.Strong },
            new Paragraph(Bullets(digest.Kpis.Select(HuddleText.Kpi))) { Tight = true },
            new Paragraph("Coach on") { Style = TextStyle.Strong },
            new Paragraph(Bullets(HuddleText.Flags(digest))) { Tight = true },
        ];
        if (digest.SurveysDue.Count > 0)
        {
            blocks.Add(new Paragraph("Survey calls due") { Style = TextStyle.Strong });
            blocks.Add(new Paragraph(Bullets(HuddleText.SurveysDue(digest))) { Tight = true });
        }
        if (digest.Kind == HuddleKind.EndOfDay)
        {
            blocks.Add(new Facts([new("Closed today", HuddleText.Numbers(digest.ClosedToday)), new("Still untouched", HuddleText.Numbers(digest.Untouched))]));
        }
        return new View($"{HuddleText.Title(digest)}: {digest.OpenCount} open, {digest.Overdue.Count} overdue, {digest.Flags.Count} to coach on")
        {
            Blocks = blocks,
        };
    }

    private static Markup Bullets(IEnumerable<string> lines) => Markup.WithBullets(string.Join("\n", lines.Select(l => "- " + l)));
}

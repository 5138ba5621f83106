using System.Globalization;
using System.Text;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>The digest as short Markdown lines that read on a phone: one fact per line, ticket numbers as #N.</summary>
public static class HuddleText
{
    public static string Render(HuddleDigest digest)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{Title(digest)}**\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Open: {digest.OpenCount}**\n\n");
        Lines(text, digest.OpenByStage.Select(s => $"{s.Key.Name()}: {s.Value}"));
        text.Append("By priority: ").Append(ByPriority(digest)).Append("\n\n");
        text.Append("**Due today:** ").Append(Mentions(digest.DueToday, overdue: false)).Append("\n\n");
        text.Append("**Overdue:** ").Append(Mentions(digest.Overdue, overdue: true)).Append("\n\n");
        text.Append("**KPIs this month**\n\n");
        Lines(text, digest.Kpis.Select(Kpi));
        text.Append("**Coach on**\n\n");
        Lines(text, Flags(digest, Numbers));
        if (digest.SurveysDue.Count > 0)
        {
            text.Append("**Survey calls due**\n\n");
            Lines(text, SurveysDue(digest));
        }
        if (digest.Kind == HuddleKind.EndOfDay)
        {
            text.Append("**Closed today:** ").Append(Numbers(digest.ClosedToday)).Append("\n\n");
            text.Append("**Still untouched:** ").Append(Numbers(digest.Untouched)).Append("\n\n");
        }
        return text.ToString().TrimEnd();
    }

    private static void Lines(StringBuilder text, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            text.Append("- ").Append(line).Append('\n');
        }
        text.Append('\n');
    }

    /// <summary>"Morning huddle — Wed, Nov 18".</summary>
    public static string Title(HuddleDigest digest) =>
        $"{(digest.Kind == HuddleKind.Morning ? "Morning huddle" : "End-of-day huddle")} — {digest.Day.ToString("ddd, MMM d", CultureInfo.InvariantCulture)}";

    public static string ByPriority(HuddleDigest digest) => string.Join(" · ", digest.OpenByPriority.Select(p => $"{p.Key} {p.Value}"));

    /// <summary>One line per rep: "Casey: Acme · Tower A (last 2026-01-05), Beta · Plaza (never)".</summary>
    public static IEnumerable<string> SurveysDue(HuddleDigest digest) =>
        digest.SurveysDue.GroupBy(c => c.Owner, StringComparer.OrdinalIgnoreCase).Select(g =>
            $"{g.Key}: {string.Join(", ", g.Select(c => $"{c.Company} · {c.Building} ({(c.LastSurveyDate is { } last ? "last " + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never")})"))}");

    /// <summary>One line per coaching flag with its <paramref name="tickets"/> ("#3, #6", or a list cut to fit a post), or "Nothing flagged.".</summary>
    public static IEnumerable<string> Flags(HuddleDigest digest, Func<IReadOnlyList<long>, string> tickets) =>
        digest.Flags.Count == 0 ? ["Nothing flagged."] : digest.Flags.Select(f => $"{f.Kind.Label()}: {tickets(f.Tickets)}");

    /// <summary>"⚠️ Response within 90 min: 50% (3/6) (target 100%)".</summary>
    public static string Kpi(Kpi kpi)
    {
        var mark = kpi.Met switch { true => "✅", false => "⚠️", null => "—" };
        var target = kpi.AtMost ? $"≤ {kpi.Target:0}" : kpi.Daily ? $"{kpi.Target:0} a day" : "100%";
        var actual = kpi.Actual is not { } value ? "no data yet"
            : kpi.AtMost ? $"{value:0}"
            : kpi.Daily ? $"{value.ToString("0.#", CultureInfo.InvariantCulture)} a day ({kpi.Count} calls / {kpi.Total} rep-days)"
            : $"{value.ToString("0.#", CultureInfo.InvariantCulture)}% ({kpi.Count}/{kpi.Total})";
        return $"{mark} {kpi.Name.Label()}: {actual} (target {target})";
    }

    /// <summary>"#2 Peter (1d), …" (overdue with business days past), or "none".</summary>
    public static string Mentions(IReadOnlyList<TicketMention> tickets, bool overdue) =>
        tickets.Count == 0 ? "none" : string.Join(", ", tickets.Select(t => Mention(t, overdue)));

    /// <summary>"#2 Peter (1d)" (overdue, with business days past), or "#3 Taylor".</summary>
    public static string Mention(TicketMention ticket, bool overdue) =>
        overdue ? $"#{ticket.Number} {ticket.Owner} ({ticket.DaysOverdue}d)" : $"#{ticket.Number} {ticket.Owner}";

    /// <summary>"#3, #6", or "none".</summary>
    public static string Numbers(IReadOnlyList<long> tickets) => tickets.Count == 0 ? "none" : string.Join(", ", tickets.Select(Number));

    /// <summary>"#3".</summary>
    public static string Number(long ticket) => $"#{ticket.ToString(CultureInfo.InvariantCulture)}";
}

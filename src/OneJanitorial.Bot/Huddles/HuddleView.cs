using System.Globalization;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// The digest as the bot posts it in chat and in the team channels: a view that reads on a phone, the lines of
/// <see cref="HuddleText"/> with each list cut to fit one message (<see cref="HuddleList"/>: the most overdue first,
/// then "… and N more", a closing line and a Show every ticket button that sends the full lists, <see cref="HuddlePages"/>).
/// The counts, KPIs and every coaching flag always show; <c>huddle</c> and <c>huddle --json</c> on the command line list every ticket.
/// </summary>
public static class HuddleView
{
    /// <summary>Characters each list may take: with them a post of any size stays under Teams' ~40 KB and within Slack's texts (2,000 a fact, 3,000 a section).</summary>
    public const int MentionsBudget = 1_000;
    public const int FlagBudget = 200;
    public const int NumbersBudget = 500;
    public const int SurveysBudget = 2_000;

    /// <summary>
    /// The most list text one post carries: every list at its budget (the two ticket mentions, one per coaching flag, the
    /// survey calls, closed today and untouched). Each message of <see cref="HuddlePages"/> carries no more.
    /// </summary>
    public static readonly int PostBudget =
        2 * MentionsBudget + Enum.GetValues<CoachingFlagKind>().Length * FlagBudget + SurveysBudget + 2 * NumbersBudget;

    public const string CutNote = "Lists are cut to fit one post: Show every ticket (or \"huddle all\") sends every ticket, over as many messages as it takes.";

    public const string ShowAllTitle = "Show every ticket";

    /// <summary>The post; when a list was cut, with <see cref="CutNote"/> and Show every ticket (for the teams of <paramref name="channel"/>, a scheduled post's).</summary>
    public static View Build(HuddleDigest digest, string? channel = null)
    {
        var fitted = new List<HuddleList>();
        HuddleList Fit(IEnumerable<string> items, int budget, string? noun)
        {
            var list = HuddleList.Fit(items, budget, noun);
            fitted.Add(list);
            return list;
        }
        List<Block> blocks =
        [
            new Paragraph(HuddleText.Title(digest)) { Style = TextStyle.Heading },
            new Facts(Work(digest, Fit)),
            new Paragraph("KPIs this month") { Style = TextStyle.Strong },
            new Paragraph(Bullets(digest.Kpis.Select(HuddleText.Kpi))) { Tight = true },
            new Paragraph("Coach on") { Style = TextStyle.Strong },
            new Paragraph(Bullets(HuddleText.Flags(digest, tickets => Fit(tickets.Select(HuddleText.Number), FlagBudget, null).Joined()))) { Tight = true },
        ];
        if (digest.SurveysDue.Count > 0)
        {
            blocks.Add(new Paragraph("Survey calls due") { Style = TextStyle.Strong });
            blocks.Add(new Paragraph(Bullets(Fit(HuddleText.SurveysDue(digest), SurveysBudget, "reps with calls due").Lines)) { Tight = true });
        }
        if (digest.Kind == HuddleKind.EndOfDay)
        {
            blocks.Add(new Facts(
            [
                new("Closed today", Fit(digest.ClosedToday.Select(HuddleText.Number), NumbersBudget, null).Joined()),
                new("Still untouched", Fit(digest.Untouched.Select(HuddleText.Number), NumbersBudget, null).Joined()),
            ]));
        }
        var cut = fitted.Any(l => l.Cut);
        if (cut)
        {
            blocks.Add(new Paragraph(CutNote) { Style = TextStyle.Caption });
        }
        return new View($"{HuddleText.Title(digest)}: {digest.OpenCount} open, {digest.Overdue.Count} overdue, {digest.Flags.Count} to coach on")
        {
            Blocks = blocks,
            Actions = cut ? [ShowAll(digest.Kind, channel)] : [],
        };
    }

    /// <summary>Whether <paramref name="post"/> had a list cut (it offers Show every ticket).</summary>
    public static bool IsCut(View post) => post.Actions.OfType<VerbAction>().Any(a => a.Verb == HuddleVerbs.ShowAll);

    private static VerbAction ShowAll(HuddleKind kind, string? channel) => new(ShowAllTitle, HuddleVerbs.ShowAll)
    {
        Payload = Payload.Of((HuddleVerbs.KindKey, kind.ToString()), (HuddleVerbs.ChannelKey, channel)),
        Intent = Intent.Primary,
    };

    /// <summary>Open by stage and priority, due today and overdue.</summary>
    private static List<Fact> Work(HuddleDigest digest, Func<IEnumerable<string>, int, string?, HuddleList> fit) =>
    [
        new("Open", digest.OpenCount.ToString(CultureInfo.InvariantCulture)),
        .. digest.OpenByStage.Select(s => new Fact(s.Key.Name(), s.Value.ToString(CultureInfo.InvariantCulture))),
        new("By priority", digest.OpenByPriority.Count == 0 ? "none" : HuddleText.ByPriority(digest)),
        new("Due today", fit(digest.DueToday.Select(t => HuddleText.Mention(t, overdue: false)), MentionsBudget, "due today").Joined()),
        new("Overdue", fit(digest.Overdue.Select(t => HuddleText.Mention(t, overdue: true)), MentionsBudget, "overdue").Joined()),
    ];

    private static Markup Bullets(IEnumerable<string> lines) => Markup.WithBullets(string.Join("\n", lines.Select(l => "- " + l)));
}

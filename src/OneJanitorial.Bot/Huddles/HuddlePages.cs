using System.Globalization;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// Every ticket of a digest in chat ("huddle all", Show every ticket on a cut post): the lists of the post
/// (<see cref="HuddleView"/>), in its order and whole, over as many messages as they take, each titled "(2 of 5)". A list
/// goes in runs cut by <see cref="HuddleList.Fit"/> at <see cref="HuddleView.MentionsBudget"/>; a message takes runs while
/// its list text stays within <see cref="HuddleView.PostBudget"/>, no more than one post carries. At most
/// <see cref="MaxMessages"/>: the last then names how many of each list it left out and where they all are. A digest
/// whose post was not cut is that one post.
/// </summary>
public static class HuddlePages
{
    /// <summary>
    /// Slack posts about one message a second in a channel and a Slack turn has 60 s (<c>Slack:TurnTimeout</c>; Teams takes 7 a
    /// second per conversation): 20 messages leave room for retries, and carry about 120,000 characters, some 2,500 tickets
    /// with their owners (2,000 overdue take 13). A longer run is not read on a phone anyway.
    /// </summary>
    public const int MaxMessages = 20;

    public static IReadOnlyList<View> Build(HuddleDigest digest)
    {
        var post = HuddleView.Build(digest);
        if (!HuddleView.IsCut(post))
        {
            return [post];
        }
        var messages = Pack(Lists(digest).SelectMany(l => l.Runs(HuddleView.MentionsBudget)));
        var sent = messages.Take(MaxMessages).ToList();
        var left = messages.Skip(MaxMessages).SelectMany(m => m).ToList();
        return [.. sent.Select((runs, i) => Page(digest, runs, i + 1, sent.Count, i == sent.Count - 1 ? left : []))];
    }

    /// <summary>The post's lists in its order: due today, overdue, each coaching flag, survey calls, closed today, untouched.</summary>
    private static IEnumerable<HuddlePart> Lists(HuddleDigest digest) =>
        new[]
        {
            HuddlePart.Whole("Due today", digest.DueToday.Select(t => HuddleText.Mention(t, overdue: false))),
            HuddlePart.Whole("Overdue", digest.Overdue.Select(t => HuddleText.Mention(t, overdue: true))),
        }
        .Concat(digest.Flags.Select(f => HuddlePart.Whole(f.Kind.Label(), f.Tickets.Select(HuddleText.Number))))
        .Append(HuddlePart.Whole("Survey calls due", HuddleText.SurveysDue(digest), bulleted: true))
        .Append(HuddlePart.Whole("Closed today", digest.ClosedToday.Select(HuddleText.Number)))
        .Append(HuddlePart.Whole("Still untouched", digest.Untouched.Select(HuddleText.Number)))
        .Where(l => l.Total > 0);

    /// <summary>The runs in messages of at most <see cref="HuddleView.PostBudget"/> characters of lists.</summary>
    private static List<List<HuddlePart>> Pack(IEnumerable<HuddlePart> runs)
    {
        var messages = new List<List<HuddlePart>>();
        var length = 0;
        foreach (var run in runs)
        {
            if (messages.Count == 0 || length + run.Length > HuddleView.PostBudget)
            {
                messages.Add([]);
                length = 0;
            }
            messages[^1].Add(run);
            length += run.Length;
        }
        return messages;
    }

    private static View Page(HuddleDigest digest, IReadOnlyList<HuddlePart> runs, int number, int count, IReadOnlyList<HuddlePart> left)
    {
        var title = $"{HuddleText.Title(digest)}: every ticket ({number} of {count})";
        List<Block> blocks = [new Paragraph(title) { Style = TextStyle.Heading }];
        foreach (var run in runs)
        {
            blocks.Add(new Paragraph(run.Heading) { Style = TextStyle.Strong });
            blocks.Add(new Paragraph(run.Text) { Tight = true });
        }
        if (left.Count > 0)
        {
            blocks.AddRange(NotShown(left));
        }
        return new View(title) { Blocks = blocks };
    }

    /// <summary>"Stopped at 20 messages", then per list how many it left out, then where every ticket is.</summary>
    private static IEnumerable<Block> NotShown(IReadOnlyList<HuddlePart> left) =>
    [
        new Paragraph($"Stopped at {MaxMessages} messages. Not shown here:") { Style = TextStyle.Strong },
        new Paragraph(Markup.WithBullets(string.Join("\n", left.GroupBy(r => r.Label).Select(g =>
            $"- {g.Key}: {g.Sum(r => r.Items.Count).ToString("N0", CultureInfo.InvariantCulture)} not shown")))) { Style = TextStyle.Small, Tight = true },
        new Paragraph("The huddle command (huddle --json) lists every ticket.") { Style = TextStyle.Caption },
    ];
}

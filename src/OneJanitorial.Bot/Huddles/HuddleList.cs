namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// A list of a huddle post cut to fit one chat message: its items in the digest's order (the most overdue first) while
/// their text stays within a budget of characters, then "… and N more". Channel-neutral: the budgets of
/// <see cref="HuddleView"/> keep the post within Teams' ~40 KB message and Slack's 2,000 / 3,000 characters per text
/// whatever the number of tickets; nothing is dropped unsaid: "huddle all" in chat (<see cref="HuddlePages"/>, runs cut
/// by <see cref="Fit"/> too) and <c>huddle</c> / <c>huddle --json</c> list them all.
/// </summary>
/// <param name="Shown">The items that fit, in order.</param>
/// <param name="Hidden">How many did not.</param>
/// <param name="Noun">What the rest are, after "… and N more" ("overdue"); null for nothing.</param>
public sealed record HuddleList(IReadOnlyList<string> Shown, int Hidden, string? Noun)
{
    public const string Separator = ", ";

    public static HuddleList Fit(IEnumerable<string> items, int budget, string? noun = null)
    {
        var all = items.ToList();
        var shown = new List<string>();
        var length = 0;
        foreach (var item in all)
        {
            length += item.Length + (shown.Count == 0 ? 0 : Separator.Length);
            if (length > budget)
            {
                break;
            }
            shown.Add(item);
        }
        return new HuddleList(shown, all.Count - shown.Count, noun);
    }

    public bool Cut => Hidden > 0;

    /// <summary>The shown items, then "… and N more overdue" when some did not fit.</summary>
    public IEnumerable<string> Lines => Cut ? [.. Shown, $"… and {Hidden} more{(Noun is null ? "" : " " + Noun)}"] : Shown;

    /// <summary>The lines on one line ("#2 Peter (1d), #5 Ann (3d), … and 290 more overdue"), or "none".</summary>
    public string Joined() => Shown.Count == 0 && !Cut ? "none" : string.Join(Separator, Lines);
}

using System.Globalization;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// A list of the huddle post, or a run of it, as <see cref="HuddlePages"/> sends it: the items <paramref name="From"/>
/// on of the list's <paramref name="Total"/>; ticket lists on one line ("#2 Peter (1d), #5 Ann (3d)"), the survey
/// calls one rep a line (<paramref name="Bulleted"/>).
/// </summary>
public sealed record HuddlePart(string Label, IReadOnlyList<string> Items, int From, int Total, bool Bulleted = false)
{
    /// <summary>The whole list.</summary>
    public static HuddlePart Whole(string label, IEnumerable<string> items, bool bulleted = false)
    {
        var all = items.ToList();
        return new HuddlePart(label, all, 0, all.Count, bulleted);
    }

    /// <summary>"Overdue (12)" for a whole list, "Overdue (39–76 of 2,000)" for a run of it.</summary>
    public string Heading => Items.Count == Total
        ? $"{Label} ({Count(Total)})"
        : $"{Label} ({Count(From + 1)}–{Count(From + Items.Count)} of {Count(Total)})";

    public Markup Text => Bulleted
        ? Markup.WithBullets(string.Join("\n", Items.Select(i => "- " + i)))
        : Markup.Plain(string.Join(HuddleList.Separator, Items));

    /// <summary>Characters of <see cref="Text"/> as it reads: what counts against a message's budget.</summary>
    public int Length => Text.ToPlainText().Length;

    /// <summary>
    /// The list in runs that each fit <paramref name="budget"/> (cut by <see cref="HuddleList.Fit"/>, in order); an item
    /// longer than the budget is a run of its own.
    /// </summary>
    public IEnumerable<HuddlePart> Runs(int budget)
    {
        for (var from = From; from < From + Items.Count;)
        {
            var fit = HuddleList.Fit(Items.Skip(from - From), budget);
            var count = Math.Max(1, fit.Shown.Count);
            yield return this with { Items = [.. Items.Skip(from - From).Take(count)], From = from };
            from += count;
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

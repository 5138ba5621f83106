namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question as the search reads it: a situation's report framing dropped (<see cref="SituationFraming"/>), number
/// words as digits, typos corrected to the manual's own words.
/// <paramref name="Corrections"/> lists the words changed, which count as less certain evidence.
/// </summary>
public sealed record SopQuestion(string Typed, string Text, IReadOnlyList<(string Typed, string Corrected)> Corrections)
{
    public static SopQuestion Read(string typed, SpellingCorrector speller)
    {
        var (text, corrections) = speller.CorrectText(SopText.Normalize(SituationFraming.Remove(typed)));
        return new SopQuestion(typed, text, corrections);
    }
}

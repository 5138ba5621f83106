using OneJanitorial.Bot.Sop.Ingestion;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// Everyday words for the situations one SOP section answers ("the cleaner ran out of supplies" for Bucket 2's
/// constraints), kept as data in the glossary file's <c>situations</c> and written from the manual alone. Only their
/// words the manual itself lacks are read, and only for a question telling what a client or cleaner did
/// (<see cref="SituationFraming.Describes"/>): such a word counts toward the passage's coverage, and as explained
/// when the passage is among the best hits. A cue never finds a passage by itself and is never shown: the section's
/// own text answers. <paramref name="Section"/> is the nearest heading of the passages it applies to (its text, not
/// its table rows); <paramref name="Row"/>, when set, names the table row under it instead ("Urgent").
/// The sections' alternate questions (<see cref="AlternateQuestions"/>) are the larger form of the same idea; measured
/// with them on the tuning set (2026-11-29), the cues still add: without the cue ranking fact in answer falls on half A
/// 92.5 → 91.8% (B 91.3 → 91.2%), without a cue's meaning explaining words 92.5 → 92.0% (B 91.1%), without the
/// cues' words in coverage 92.5 → 92.4% (B 91.2%), and without all three 91.1% (B 90.8%), so they stay.
/// </summary>
public sealed record SituationCue(string Section, IReadOnlyList<string> Cues, string? Row = null)
{
    /// <summary>The cue text of a passage: the cues of every entry that applies to it, one per line.</summary>
    public static string For(Passage passage, IReadOnlyList<SituationCue> cues)
    {
        if (cues.Count == 0 || passage.SectionPath.Count == 0)
        {
            return "";
        }
        var heading = passage.SectionPath[^1];
        var label = passage.IsTableRow ? passage.RowLabel : null;
        return string.Join("\n", cues
            .Where(c => string.Equals(c.Section, heading, StringComparison.OrdinalIgnoreCase)
                && string.Equals(c.Row, label, StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => c.Cues));
    }
}

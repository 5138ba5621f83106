using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// How a CSR reports a situation, not what happened: "the client called to say …", "cleaner texted saying …",
/// "client emailed us that …". Removed before searching, so the report's channel ("called", "emailed") does not pull
/// the call scripts or email templates up over the event it carries ("the back door was left open"). A question that
/// tells what a client or cleaner did is a situation (<see cref="Describes"/>), which the search also reads through
/// the sections' situation cues (<see cref="SituationCue"/>).
/// </summary>
public static partial class SituationFraming
{
    public static string Remove(string text) => Framing().Replace(text, " ");

    /// <summary>
    /// True when the question tells what one of the SOP's actors did or said ("cleaner says …", "what do I do if the
    /// client …"): a situation, told in everyday words.
    /// </summary>
    public static bool Describes(string text) => Actor().IsMatch(text);

    [GeneratedRegex(@"(^\s*|\b(if|when|and|but)\s+)((the|a|an|my|our|this|that|their)\s+)?(client|customer|cleaner|partner)(s|'s)?\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex Actor();

    [GeneratedRegex(@"\b(called|emailed|e-mailed|texted|messaged|phoned|rang|wrote|reached out|sent (us |me )?(a |an )?(email|text|message|note))( (in|back|us|me|the office))?( (to (say|tell (us|me)|let (us|me) know|complain|report)( that)?|saying|and said|and says|that))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Framing();
}

using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// How a CSR reports a situation, not what happened: "the client called to say …", "cleaner texted saying …",
/// "client emailed us that …". Removed before searching, so the report's channel ("called", "emailed") does not pull
/// the call scripts or email templates up over the event it carries ("the back door was left open").
/// </summary>
public static partial class SituationFraming
{
    public static string Remove(string text) => Framing().Replace(text, " ");

    [GeneratedRegex(@"\b(called|emailed|e-mailed|texted|messaged|phoned|rang|wrote|reached out|sent (us |me )?(a |an )?(email|text|message|note))( (in|back|us|me|the office))?( (to (say|tell (us|me)|let (us|me) know|complain|report)( that)?|saying|and said|and says|that))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Framing();
}

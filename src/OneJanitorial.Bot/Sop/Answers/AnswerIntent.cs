using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// Questions that ask for a whole policy, list or table ("explain the 3 strike policy", "what goes in the master note",
/// "every field on the ticket", "the full list of …", "q1 to q4, what are they", "what fields go in the master note",
/// "the strike policy, explain", "reasons a cleaner gets removed", "what ticket stages do we have"). The answerer asks it of the question as typed and as read (typos corrected: "evry").
/// </summary>
public static partial class AnswerIntent
{
    public static bool AsksForWhole(string question) => WholeQuestion().IsMatch(question);

    [GeneratedRegex(@"^\s*(please\s+|can you\s+|pls\s+)?(explain|expl\w+|list|show|walk me thr(ough|u)|describe|summari[sz]e|go over|run me thr(ough|u)|give me|tell me about|break down)\b|\bwhat (are|goes|go) (in|on|the|all|my)\b|\bwhat \w+s (goes|go) (in|on|into)\b|\b(explain|expl\w+|walk me thr(ough|u)|describe|summari[sz]e|break down)\W*$|\b(all|every|each) (the )?\w+s\b|\b(steps|criteria|requirements|reasons)\b|^\s*(all|every|each)\b|\b(full|whole|complete) list\b|\beverything (i|we) (do|need|have)\b|\bwhat are (they|those|these)\b|\bwhat (\w+ )?\w+s (do|does) (we|i|you) (have|use)\b(?! to\b)|\bwhat (\w+ )?\w+s are there\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeQuestion();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Recaps;

/// <summary>A calendar date as written: year is null when the text gave only month and day.</summary>
public readonly record struct DateMention(int Month, int Day, int? Year, string Text)
{
    public bool Matches(DateOnly date) => date.Month == Month && date.Day == Day && (Year is null || Year == date.Year);
}

/// <summary>
/// Finds the facts a text states: dates (ISO, "March 10", "10 March", "3/10"), weekdays, relative days,
/// clock times, numbers, links and capitalized words (the proper-name candidates).
/// </summary>
public static partial class FactMentions
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static IReadOnlyList<DateMention> Dates(string text)
    {
        var dates = new List<DateMention>();
        foreach (Match m in IsoDate().Matches(text))
        {
            Add(dates, Int(m.Groups["m"]), Int(m.Groups["d"]), Int(m.Groups["y"]), m.Value);
        }
        foreach (Match m in MonthDay().Matches(text))
        {
            Add(dates, MonthOf(m.Groups["mon"].Value), Int(m.Groups["d"]), OptionalInt(m.Groups["y"]), m.Value);
        }
        foreach (Match m in DayMonth().Matches(text))
        {
            Add(dates, MonthOf(m.Groups["mon"].Value), Int(m.Groups["d"]), OptionalInt(m.Groups["y"]), m.Value);
        }
        foreach (Match m in SlashDate().Matches(text))
        {
            var year = OptionalInt(m.Groups["y"]);
            Add(dates, Int(m.Groups["m"]), Int(m.Groups["d"]), year is < 100 ? 2000 + year : year, m.Value);
        }
        return dates;
    }

    public static IReadOnlyList<DayOfWeek> Weekdays(string text) =>
        [.. Weekday().Matches(text).Select(m => Enum.Parse<DayOfWeek>(m.Value, ignoreCase: true))];

    public static IReadOnlyList<string> RelativeDays(string text) =>
        [.. RelativeDay().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    /// <summary>Clock times as minutes after midnight ("10:00 AM", "2 pm", "14:30").</summary>
    public static IReadOnlyList<int> Times(string text)
    {
        var times = new List<int>();
        foreach (Match m in ClockTime().Matches(text))
        {
            var hour = Int(m.Groups["h"]);
            var minute = m.Groups["min"].Success ? Int(m.Groups["min"]) : 0;
            var meridiem = m.Groups["ap"].Value.ToLowerInvariant();
            if (meridiem.StartsWith('p') && hour < 12) hour += 12;
            if (meridiem.StartsWith('a') && hour == 12) hour = 0;
            if (hour < 24 && minute < 60 && (m.Groups["min"].Success || meridiem.Length > 0))
            {
                times.Add(hour * 60 + minute);
            }
        }
        return times;
    }

    /// <summary>Every number, without leading zeros ("03" and "3" are the same number).</summary>
    public static IReadOnlyList<string> Numbers(string text) =>
        [.. Number().Matches(text).Select(m => m.Value.TrimStart('0') is { Length: > 0 } n ? n : "0")];

    public static IReadOnlyList<string> Links(string text) =>
        [.. Link().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', ';', ':', '"', '\'').ToLowerInvariant())];

    /// <summary>All words, lower-cased (the vocabulary a text allows).</summary>
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => Normalize(m.Value));

    /// <summary>
    /// Capitalized words that can only be proper names: not the first word of a sentence or point, unless
    /// they start a run of capitalized words ("Maria Lopez will…").
    /// </summary>
    public static IReadOnlyList<string> ProperNameCandidates(string text)
    {
        var candidates = new List<string>();
        var words = Word().Matches(text).ToArray();
        var links = Link().Matches(text);
        for (var i = 0; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i].Value[0]) || links.Any(l => l.Index <= words[i].Index && words[i].Index < l.Index + l.Length))
            {
                continue;
            }
            var nextIsCapitalized = i + 1 < words.Length && char.IsUpper(words[i + 1].Value[0]) && OnlySpaceBetween(text, words[i], words[i + 1]);
            if (!StartsSentence(text, words[i].Index) || nextIsCapitalized)
            {
                candidates.Add(words[i].Value);
            }
        }
        return candidates;
    }

    public static string Normalize(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        return w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w.Trim('\'', '-');
    }

    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '(' or '“')
        {
            i--;
        }
        return i < 0 || text[i] is '\n' or '.' or '!' or '?' or ':' or '-' or '•' or '*' or ';';
    }

    private static bool OnlySpaceBetween(string text, Match a, Match b) =>
        text.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length).Trim(' ').IsEmpty;

    private static void Add(List<DateMention> dates, int month, int day, int? year, string text)
    {
        if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
        {
            dates.Add(new DateMention(month, day, year, text));
        }
    }

    private static int MonthOf(string name) =>
        Array.FindIndex(MonthNames, m => m.StartsWith(name.TrimEnd('.')[..3], StringComparison.OrdinalIgnoreCase)) + 1;

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int? OptionalInt(Group group) => group.Success ? Int(group) : null;

    private const string Month = "(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<m>\d{1,2})/(?<d>\d{1,2})(?:/(?<y>\d{2}|\d{4}))?\b")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:today|tonight|tomorrow|yesterday|this\s+week(?:end)?|next\s+(?:week|month)|weekend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?<h>\d{1,2})(?::(?<min>\d{2}))?\s*(?<ap>[AaPp]\.?[Mm]\b\.?)?", RegexOptions.None)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s""<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex Word();
}

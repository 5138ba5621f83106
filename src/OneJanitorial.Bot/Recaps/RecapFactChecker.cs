using System.Text.RegularExpressions;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// The fact rules for a model draft, each explainable in one sentence:
/// required — the reported date, the fixer, the next clean, "5" photos, the follow-up date, time and zone,
/// every checklist item (and link), the strike ordinal, "3 months" and removal, each in its section;
/// invented — every date, weekday, relative day, time, number and link must appear in the ticket facts, and
/// every capitalized word that can only be a name must appear in the facts or in the instructions.
/// </summary>
public static class RecapFactChecker
{
    public static IEnumerable<string> MissingFacts(RecapSections s, RecapFactSheet sheet)
    {
        var f = sheet.Facts;
        var followUp = sheet.Facts.FollowUpAt;
        if (!HasDate(s.Issue, f.ReceivedDate)) yield return $"Issue: the date the client reported it ({sheet.Values["receivedDate"]}) is missing.";
        foreach (var name in Regex.Matches(f.WhoFixes, @"\b\p{Lu}[\p{L}'’-]+").Select(m => m.Value).Where(n => !Contains(s.ActionPlan, n)))
        {
            yield return $"Action Plan: who fixes it ({name}) is missing.";
        }
        if (!HasDate(s.ActionPlan, f.NextCleanDate)) yield return $"Action Plan: the next clean date ({sheet.Values["nextCleanDate"]}) is missing.";
        if (!FactMentions.Numbers(s.ActionPlan).Contains("5")) yield return "Action Plan: the inspection report's 5 photos of each area are missing.";
        if (!HasDate(s.ActionPlan, DateOnly.FromDateTime(followUp.DateTime))
            || !FactMentions.Times(s.ActionPlan).Contains(followUp.Hour * 60 + followUp.Minute)
            || !sheet.TimeZoneNames.Any(z => Regex.IsMatch(s.ActionPlan, $@"\b{Regex.Escape(z)}\b", RegexOptions.IgnoreCase)))
        {
            yield return $"Action Plan: the follow-up call ({sheet.Values["followUp"]}) must be stated with its date, time and time zone.";
        }
        foreach (var item in f.ChecklistItems.Where(i => !Contains(s.Checklist, i.Trim())))
        {
            yield return $"Checklist: the item \"{item}\" is missing.";
        }
        if (!string.IsNullOrEmpty(f.ChecklistUrl) && !Contains(s.Checklist, f.ChecklistUrl)) yield return "Checklist: the checklist link is missing.";
        var ordinal = sheet.Values["strikeOrdinal"];
        if (!Regex.IsMatch(s.ThreeStrikePolicy, $@"\b{ordinal}\b", RegexOptions.IgnoreCase)) yield return $"3-Strike Policy: the strike (\"{ordinal}\") is missing.";
        if (!Regex.IsMatch(s.ThreeStrikePolicy, @"\b3[ -]month", RegexOptions.IgnoreCase)) yield return "3-Strike Policy: the 3-month window is missing.";
        if (!Contains(s.ThreeStrikePolicy, "removal")) yield return "3-Strike Policy: removal from the building is missing.";
    }

    public static IEnumerable<string> InventedFacts(RecapSections s, RecapFactSheet sheet, string instructions)
    {
        var facts = sheet.ToPromptJson();
        // Zone abbreviations (EDT) name the ticket's zone, so they count as stated by the ticket.
        var allowed = instructions + "\n" + facts + "\n" + string.Join(' ', sheet.TimeZoneNames);
        foreach (var (heading, text) in s.InOrder())
        {
            foreach (var problem in InventedIn(text, facts, allowed, sheet).Distinct())
            {
                yield return $"{heading}: {problem}";
            }
        }
    }

    private static IEnumerable<string> InventedIn(string text, string facts, string allowed, RecapFactSheet sheet)
    {
        var dates = Dates(sheet);
        var factDates = FactMentions.Dates(facts);
        foreach (var d in FactMentions.Dates(text).Where(d => !dates.Any(d.Matches) && !factDates.Any(f => f.Month == d.Month && f.Day == d.Day)))
            yield return $"the date \"{d.Text}\" is not in the ticket.";
        var weekdays = FactMentions.Weekdays(facts);
        foreach (var day in FactMentions.Weekdays(text).Where(w => dates.All(d => d.DayOfWeek != w) && !weekdays.Contains(w)))
            yield return $"\"{day}\" is not the weekday of any date in the ticket.";
        foreach (var day in FactMentions.RelativeDays(text).Where(r => !FactMentions.RelativeDays(facts).Contains(r)))
            yield return $"\"{day}\" is not in the ticket.";
        var times = FactMentions.Times(facts).ToHashSet();
        foreach (var t in FactMentions.Times(text).Where(t => !times.Contains(t)))
            yield return $"the time {t / 60:00}:{t % 60:00} is not in the ticket.";
        var numbers = FactMentions.Numbers(allowed).ToHashSet();
        foreach (var n in FactMentions.Numbers(text).Where(n => !numbers.Contains(n)))
            yield return $"the number {n} is not in the ticket.";
        var links = FactMentions.Links(facts).ToHashSet();
        foreach (var link in FactMentions.Links(text).Where(l => !links.Contains(l)))
            yield return $"the link or address \"{link}\" is not in the ticket.";
        var words = FactMentions.Words(allowed).ToHashSet();
        foreach (var name in FactMentions.ProperNameCandidates(text).Where(n => n.Length > 1 && !words.Contains(FactMentions.Normalize(n))))
            yield return $"the name \"{name}\" is not in the ticket.";
    }

    private static DateOnly[] Dates(RecapFactSheet sheet) =>
        [sheet.Facts.ReceivedDate, sheet.Facts.NextCleanDate, DateOnly.FromDateTime(sheet.Facts.FollowUpAt.DateTime)];

    private static bool HasDate(string text, DateOnly date) => FactMentions.Dates(text).Any(d => d.Matches(date));

    private static bool Contains(string text, string fact) =>
        Collapse(text).Contains(Collapse(fact), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ");
}

using System.Globalization;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The longest text each ticket field takes, by its field name (the card input id, which is also the
/// <c>ticket-plan --json</c> name). One table, sized by what the field means in the SOP: a name or a short answer
/// fits in 200 characters; a point-form Issue / Why / Solution or a recurring-issue explanation in 4,000 (about a
/// page); a link or an email by what browsers and mail servers accept. Fields not in the table take
/// <see cref="Default"/>. Cards stay well under Teams' ~40 KB message limit even when every field is full.
/// </summary>
public static class FieldLimits
{
    public const int Name = 200;
    public const int Short = 1_000;
    public const int Long = 4_000;
    public const int Link = 2_000;
    public const int Email = 254;
    public const int Default = Name;

    private static readonly Dictionary<string, int> Table = new(StringComparer.Ordinal)
    {
        // Step 1: who and where (names).
        ["client"] = Name, ["building"] = Name, ["city"] = Name, ["timeZone"] = 64,
        ["concern"] = Name, ["concernOther"] = Name, ["cleaner"] = Name, ["cleanerEmail"] = Email,
        // Overrides of the computed ticket.
        ["overrideOwner"] = Name, ["overrideReason"] = Short,
        // Master note (SOP Step 4).
        ["cleaningSchedule"] = Name, ["checklistItems"] = Long, ["checklistLink"] = Link,
        ["issue"] = Long, ["why"] = Long, ["solutionAndPrevention"] = Long,
        ["personalLife"] = Short, ["whoIsDoingTheFix"] = Name, ["accountabilityWhy"] = Short, ["bcoTicketLink"] = Link,
        // Closure checklist (SOP Step 5, recurring issues).
        ["notEligibleReason"] = Short, ["originalPlan"] = Long, ["whyFailedAgain"] = Long, ["cleanerExplanation"] = Long,
        ["performanceReview"] = Long, ["accountabilityTaken"] = Short, ["removalDecision"] = Short,
        // recap --json names of master note fields.
        ["solution"] = Long, ["whoFixes"] = Name, ["checklistUrl"] = Link, ["csrName"] = Name, ["ticketId"] = 100,
        // CRM import columns that have no card input.
        ["ticket_id"] = 100, ["title"] = 2 * Name + 100, ["owner"] = Name, ["company"] = Name,
        // Survey calls.
        ["surveyNotes"] = Short,
    };

    /// <summary>The longest text <paramref name="field"/> takes.</summary>
    public static int For(string field) => Table.GetValueOrDefault(field, Default);

    /// <summary>The message for a text over the limit, or null when it fits (null text fits).</summary>
    public static string? Problem(string field, string? text)
    {
        var max = For(field);
        return text is null || text.Length <= max
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Keep this to {max:N0} characters or fewer (it has {text.Length:N0}).");
    }

    /// <summary>
    /// The values cut to their limits, and a message for each one that was cut, so an oversized paste is neither
    /// stored whole nor shown back whole.
    /// </summary>
    public static (Dictionary<string, string> Values, Dictionary<string, string> Problems) Clip(IReadOnlyDictionary<string, string> values)
    {
        var clipped = new Dictionary<string, string>(values.Count, StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, text) in values)
        {
            var max = For(field);
            if (Problem(field, text) is { } problem)
            {
                problems[field] = problem + " It was cut to fit; check the end.";
                clipped[field] = text[..max];
                continue;
            }
            clipped[field] = text;
        }
        return (clipped, problems);
    }
}

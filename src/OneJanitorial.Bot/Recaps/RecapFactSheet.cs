using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// The ticket facts formatted once, the way the email states them. The template fills its placeholders from
/// <see cref="Values"/>, the model is given <see cref="ToPromptJson"/>, and the validator accepts only what these contain.
/// </summary>
public sealed class RecapFactSheet
{
    public const string TemplateName = "email/recap.v1";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    // Built once: options cache their metadata, so a new instance per recap would rebuild it every time.
    private static readonly JsonSerializerOptions PromptJsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private RecapFactSheet(RecapFacts facts, IReadOnlyDictionary<string, string> values)
    {
        Facts = facts;
        Values = values;
    }

    public RecapFacts Facts { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Names the time zone is known by: its IANA id, its standard/daylight names and their initials (EDT).</summary>
    public IReadOnlyList<string> TimeZoneNames =>
        [Facts.TimeZone.Id, Facts.TimeZone.StandardName, Facts.TimeZone.DaylightName, Initials(Facts.TimeZone.StandardName), Initials(Facts.TimeZone.DaylightName)];

    public static RecapFactSheet Create(RecapFacts facts, PromptLibrary prompts)
    {
        var template = prompts.Get(TemplateName);
        var followUp = facts.FollowUpAt;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["client"] = facts.Ticket.Client,
            ["building"] = facts.Ticket.Building,
            ["cleaner"] = facts.Ticket.Cleaner,
            ["cleanerFirstName"] = facts.Ticket.Cleaner.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? facts.Ticket.Cleaner,
            ["ticketType"] = facts.TicketType,
            ["strikeOrdinal"] = Ordinal(facts.Ticket.StrikeNumber),
            ["receivedDate"] = FormatDate(facts.ReceivedDate),
            ["issuePoints"] = Points(facts.Issue),
            ["why"] = facts.Why,
            ["solution"] = facts.Solution,
            ["whoFixes"] = facts.WhoFixes,
            ["nextCleanDate"] = FormatDate(facts.NextCleanDate),
            ["followUp"] = FormatDate(DateOnly.FromDateTime(followUp.DateTime)) + " at " + followUp.ToString("h:mm tt", English) + " " + ZoneName(facts.TimeZone, followUp),
            ["checklistPoints"] = Points(facts.ChecklistItems),
            ["checklistUrl"] = facts.ChecklistUrl ?? "",
            ["csrName"] = facts.Ticket.Csr ?? "",
        };
        values["strikeAction"] = template.RenderBlock(StrikeBlock(facts.Ticket.StrikeNumber) + ".action", values);
        values["signature"] = ClientTemplates.Signature(prompts, facts.Ticket.Csr);
        return new RecapFactSheet(facts, values);
    }

    /// <summary>strike.1, strike.2 or strike.3plus: the SOP's 3-strike table rows.</summary>
    public static string StrikeBlock(int strike) => strike switch { <= 1 => "strike.1", 2 => "strike.2", _ => "strike.3plus" };

    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public static string FormatDate(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", English);

    /// <summary>The facts the model writes from, as indented JSON (built as a JSON tree, never by string concatenation).</summary>
    public string ToPromptJson()
    {
        var json = new JsonObject
        {
            ["client"] = Facts.Ticket.Client,
            ["building"] = Facts.Ticket.Building,
            ["cleaner"] = Facts.Ticket.Cleaner,
            ["ticketType"] = Facts.TicketType,
            ["reportedOn"] = Values["receivedDate"],
            ["issue"] = new JsonArray([.. Facts.Issue.Select(i => JsonValue.Create(i))]),
            ["why"] = Facts.Why,
            ["solution"] = Facts.Solution,
            ["whoFixes"] = Facts.WhoFixes,
            ["nextCleanDate"] = Values["nextCleanDate"],
            ["followUpCall"] = Values["followUp"],
            ["checklistItems"] = new JsonArray([.. Facts.ChecklistItems.Select(i => JsonValue.Create(i))]),
            ["strikeNumber"] = Facts.Ticket.StrikeNumber,
            ["strikeOrdinal"] = Values["strikeOrdinal"],
            ["strikeAction"] = Values["strikeAction"],
        };
        if (!string.IsNullOrEmpty(Facts.ChecklistUrl))
        {
            json["checklistUrl"] = Facts.ChecklistUrl;
        }
        return json.ToJsonString(PromptJsonOptions);
    }

    private static string Points(IEnumerable<string> items) => string.Join('\n', items.Select(i => "- " + i.Trim().TrimStart('-', '•', '*', ' ')));

    private static string ZoneName(TimeZoneInfo zone, DateTimeOffset at) => zone.IsDaylightSavingTime(at) ? zone.DaylightName : zone.StandardName;

    private static string Initials(string name) => string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
}

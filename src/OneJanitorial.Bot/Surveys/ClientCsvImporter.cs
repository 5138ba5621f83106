using System.Globalization;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// Reads the client list for survey calls: a header row naming <see cref="Columns"/> (any order, any case, extra columns
/// ignored; last_survey_date may be left out or blank for never surveyed), then one client per row. Each row is checked:
/// names within <see cref="FieldLimits"/>, an IANA time zone, a yyyy-MM-dd date not after today, and each (company, building) once.
/// </summary>
public static class ClientCsvImporter
{
    public const string Company = "company";
    public const string Building = "building";
    public const string City = "city";
    public const string TimeZone = "time_zone";
    public const string Owner = "owner";
    public const string LastSurveyDate = "last_survey_date";

    public static IReadOnlyList<string> Columns { get; } = [Company, Building, City, TimeZone, Owner, LastSurveyDate];

    public static (IReadOnlyList<Client> Clients, IReadOnlyList<ImportReject> Rejects) Parse(TextReader csv, DateOnly today)
    {
        var (records, malformed) = CsvRecords.Read(csv);
        var rejects = new List<ImportReject>(malformed);
        var clients = new List<Client>();
        if (records.Count == 0 || malformed.Any(m => m.Line <= records[0].Line))
        {
            return (clients, rejects.Count > 0 ? rejects : [new ImportReject(1, "the file is empty (expected a header row)")]);
        }
        var header = Header(records[0]);
        var missing = Columns.Where(c => c != LastSurveyDate && !header.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return (clients, [new ImportReject(records[0].Line, $"header is missing column(s): {string.Join(", ", missing)}")]);
        }
        var seen = new HashSet<(string, string)>();
        foreach (var record in records.Skip(1))
        {
            string Get(string column) => header.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i].Trim() : "";
            var (client, problem) = Read(Get, today);
            if (client is not null && !seen.Add((client.Company.ToUpperInvariant(), client.Building.ToUpperInvariant())))
            {
                problem = $"company '{client.Company}' building '{client.Building}' appears more than once in the file";
                client = null;
            }
            if (client is null)
            {
                rejects.Add(new ImportReject(record.Line, problem!));
                continue;
            }
            clients.Add(client);
        }
        return (clients, [.. rejects.OrderBy(r => r.Line)]);
    }

    private static (Client? Client, string? Problem) Read(Func<string, string> get, DateOnly today)
    {
        foreach (var (column, field) in new[] { (Company, "company"), (Building, "building"), (City, "city"), (Owner, "owner") })
        {
            if (get(column).Length == 0)
            {
                return (null, $"{column} is empty");
            }
            if (FieldLimits.Problem(field, get(column)) is { } tooLong)
            {
                return (null, $"{column}: {tooLong}");
            }
        }
        var zone = get(TimeZone);
        if (!IsIana(zone))
        {
            return (null, $"time_zone '{zone}' is not an IANA time zone (e.g. America/Toronto)");
        }
        DateOnly? last = null;
        if (get(LastSurveyDate) is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, $"last_survey_date '{text}' is not a date (yyyy-MM-dd)");
            }
            if (day > today)
            {
                return (null, $"last_survey_date {text} is in the future");
            }
            last = day;
        }
        return (new Client(get(Company), get(Building), get(City), zone, get(Owner), last), null);
    }

    /// <summary>An IANA id this machine knows (a Windows id such as "Eastern Standard Time" is refused: reminders store IANA zones).</summary>
    private static bool IsIana(string id) =>
        id.Length > 0 && TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out _) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static Dictionary<string, int> Header(CsvRecord record)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < record.Fields.Count; i++)
        {
            header.TryAdd(record.Fields[i].Trim(), i);
        }
        return header;
    }
}

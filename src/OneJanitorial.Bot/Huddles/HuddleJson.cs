using System.Globalization;
using System.Text;
using System.Text.Json;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Huddles;

/// <summary>The <c>huddle --json</c> object: counts, KPIs with target and actual, flags with ticket numbers.</summary>
public static class HuddleJson
{
    public static string Write(HuddleDigest digest)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("kind", digest.Kind == HuddleKind.Morning ? "morning" : "end-of-day");
            json.WriteString("day", digest.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("open", digest.OpenCount);
            Counts(json, "openByStage", digest.OpenByStage.Select(s => (s.Key.Name(), s.Value)));
            Counts(json, "openByPriority", digest.OpenByPriority.Select(p => (p.Key.ToString(), p.Value)));
            Mentions(json, "dueToday", digest.DueToday, false);
            Mentions(json, "overdue", digest.Overdue, true);
            json.WriteStartArray("kpis");
            foreach (var kpi in digest.Kpis)
            {
                json.WriteStartObject();
                json.WriteString("name", kpi.Name.Id());
                json.WriteNumber("target", kpi.Target);
                json.WriteString("targetIs", kpi.AtMost ? "at-most" : "at-least");
                WriteNullable(json, "actual", kpi.Actual);
                json.WriteNumber("count", kpi.Count);
                json.WriteNumber("total", kpi.Total);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("flags");
            foreach (var flag in digest.Flags)
            {
                json.WriteStartObject();
                json.WriteString("flag", flag.Kind.Id());
                json.WriteString("label", flag.Kind.Label());
                Numbers(json, "tickets", flag.Tickets);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Numbers(json, "closedToday", digest.ClosedToday);
            Numbers(json, "untouched", digest.Untouched);
            SurveysDue(json, digest.SurveysDue);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Counts(Utf8JsonWriter json, string name, IEnumerable<(string Key, int Count)> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }
        json.WriteEndObject();
    }

    private static void Mentions(Utf8JsonWriter json, string name, IReadOnlyList<TicketMention> tickets, bool overdue)
    {
        json.WriteStartArray(name);
        foreach (var ticket in tickets)
        {
            json.WriteStartObject();
            json.WriteNumber("ticket", ticket.Number);
            json.WriteString("owner", ticket.Owner);
            if (overdue)
            {
                json.WriteNumber("businessDaysOverdue", ticket.DaysOverdue);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void SurveysDue(Utf8JsonWriter json, IReadOnlyList<Surveys.Client> clients)
    {
        json.WriteStartArray("surveysDue");
        foreach (var client in clients)
        {
            json.WriteStartObject();
            json.WriteString("owner", client.Owner);
            json.WriteString("company", client.Company);
            json.WriteString("building", client.Building);
            json.WriteString("city", client.City);
            if (client.LastSurveyDate is { } last)
            {
                json.WriteString("lastSurveyDate", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("lastSurveyDate");
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<long> numbers)
    {
        json.WriteStartArray(name);
        numbers.ToList().ForEach(json.WriteNumberValue);
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

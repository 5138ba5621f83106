using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The <c>reminders preview --json</c> line:
/// <c>{"reminders":[{"kind","dueUtc":"…Z","dueLocal":"yyyy-MM-ddTHH:mm:ss","timeZone","target"}]}</c>.
/// </summary>
public static class ReminderJson
{
    public static string Line(IReadOnlyList<Reminder> reminders)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("reminders");
            foreach (var reminder in reminders)
            {
                Write(json, reminder);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter json, Reminder reminder)
    {
        json.WriteStartObject();
        json.WriteString("kind", reminder.Kind.Name());
        json.WriteString("dueUtc", ReminderHistory.Stamp(reminder.DueUtc));
        json.WriteString("dueLocal", reminder.DueLocal.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        json.WriteString("timeZone", reminder.TimeZone);
        json.WriteString("target", reminder.Target.Name());
        json.WriteEndObject();
    }
}

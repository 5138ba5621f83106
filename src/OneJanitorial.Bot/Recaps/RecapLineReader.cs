using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tickets;
using static System.FormattableString;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Reads the fields of one ticket line. The first field that cannot be read is kept in <see cref="Error"/> and
/// stands for the whole line; callers read what they need, then check <see cref="Error"/> once.
/// </summary>
public sealed partial class RecapLineReader(JsonObject json)
{
    public RecapInputError? Error { get; private set; }

    public string Text(string field) => OptionalText(field) ?? Fail(field, $"\"{field}\" is required.", "");

    public string? OptionalText(string field) => json[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : Bounded(field, s.Trim()),
        _ => Fail<string?>(field, $"\"{field}\" must be text.", null),
    };

    /// <summary>The same <see cref="FieldLimits"/> as the master note cards.</summary>
    private string Bounded(string field, string text) =>
        FieldLimits.Problem(field, text) is { } problem ? Fail(field, $"\"{field}\": {problem}", text) : text;

    /// <summary>A list, or text with one item per line, as points (bullets and blank lines dropped); at least one.</summary>
    public IReadOnlyList<string> Lines(string field) => RecapTicketInput.PointList(Items(field));

    /// <summary>The items of <see cref="Lines"/> as they were given, one per line (a master note's point-form text).</summary>
    public string LineText(string field) => string.Join('\n', Items(field));

    private IReadOnlyList<string> Items(string field)
    {
        IEnumerable<string>? items = json[field] switch
        {
            JsonArray a when a.All(i => i is JsonValue v && v.TryGetValue<string>(out _)) => a.Select(i => i!.GetValue<string>()),
            JsonArray => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s.Split('\n'),
            _ => [],
        };
        if (items is null)
        {
            return Fail<IReadOnlyList<string>>(field, $"\"{field}\" must hold text items.", []);
        }
        var given = items.ToList();
        var lines = RecapTicketInput.PointList(given);
        Bounded(field, string.Join('\n', lines));
        return lines.Count > 0 ? given : Fail<IReadOnlyList<string>>(field, $"\"{field}\" needs at least one item (a list, or text with one item per line).", []);
    }

    public string Email(string field)
    {
        var email = Text(field);
        return email.Length == 0 || CleanerEmails.IsValid(email) ? email : Fail(field, $"\"{field}\" is not an email address.", "");
    }

    public DateOnly Date(string field)
    {
        var text = Text(field);
        return text.Length == 0 ? default
            : DateText.Parse(text) is { } date ? date
            : Fail(field, $"\"{field}\" must be a date like 2026-03-10, from 1980-01-01 to 2099-12-31.", default(DateOnly));
    }

    /// <summary>An ISO date-time; without an offset it is the wall-clock time in the client's zone (<see cref="TimeZones.AtWallClock"/>).</summary>
    public DateTimeOffset LocalDateTime(string field, TimeZoneInfo zone)
    {
        var text = Text(field);
        if (text.Length == 0)
        {
            return default;
        }
        if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return InTicketYears(exact.DateTime) ? TimeZoneInfo.ConvertTime(exact, zone) : OutsideTicketYears(field);
        }
        if (!DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Fail(field, $"\"{field}\" must be a date-time like 2026-03-11T10:00 (client's time zone) or with an offset.", default(DateTimeOffset));
        }
        if (!InTicketYears(local))
        {
            return OutsideTicketYears(field);
        }
        return TimeZones.AtWallClock(local, zone) ?? Fail(field, TimeZones.Skipped($"\"{field}\"", zone), default(DateTimeOffset));
    }

    /// <summary>The date as written is within <see cref="DateText"/>'s years, so converting it between zones stays in the calendar.</summary>
    private static bool InTicketYears(DateTime written) => DateText.InRange(DateOnly.FromDateTime(written));

    private DateTimeOffset OutsideTicketYears(string field) =>
        Fail(field, Invariant($"\"{field}\" must be a date-time from {DateText.Earliest:yyyy-MM-dd} to {DateText.Latest:yyyy-MM-dd}."), default(DateTimeOffset));

    public DateTimeOffset? OptionalLocalDateTime(string field, TimeZoneInfo zone) => json[field] is null ? null : LocalDateTime(field, zone);

    private T Fail<T>(string field, string message, T fallback)
    {
        Error ??= new RecapInputError(field, message);
        return fallback;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}

using System.Globalization;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Views.Forms;

/// <summary>
/// Declarations of the usual inputs: each pairs a record property (get, and set with the parsed value) with its input.
/// <c>readLabel</c> is the short name used in "… must be a date" messages.
/// </summary>
public static class FormSpecs
{
    public static FormSpec<T> Text<T>(string id, string label, Func<T, string?> get, Func<T, string?, T> set, bool multiline = false) =>
        new(id, multiline ? FieldKind.Multiline : FieldKind.Text, label, get, (r, form, i) => set(r, form.Text(i)));

    public static FormSpec<T> Choice<T>(string id, string label, IReadOnlyList<Option> options, Func<T, string?> get, Func<T, string?, T> set) =>
        new(id, FieldKind.Choice, label, get, (r, form, i) => set(r, form.Text(i))) { Options = options };

    public static FormSpec<T> YesNo<T>(string id, string label, string readLabel, Func<T, bool?> get, Func<T, bool?, T> set) =>
        new(id, FieldKind.YesNo, label, r => YesNoText(get(r)), (r, form, i) => set(r, form.YesNo(i, readLabel)));

    public static FormSpec<T> Check<T>(string id, string label, string statement, Func<T, bool> get, Func<T, bool, T> set) =>
        new(id, FieldKind.Check, label, r => get(r) ? "true" : "false", (r, form, i) => set(r, form.Flag(i))) { Statement = statement };

    public static FormSpec<T> Date<T>(string id, string label, string readLabel, Func<T, DateOnly?> get, Func<T, DateOnly?, T> set) =>
        new(id, FieldKind.Date, label, r => IsoDate(get(r)), (r, form, i) => set(r, form.Date(i, readLabel)));

    public static FormSpec<T> Time<T>(string id, string label, string readLabel, Func<T, TimeOnly?> get, Func<T, TimeOnly?, T> set) =>
        new(id, FieldKind.Time, label, r => get(r)?.ToString("HH:mm", CultureInfo.InvariantCulture), (r, form, i) => set(r, form.Time(i, readLabel)));

    public static FormSpec<T> Money<T>(string id, string label, string readLabel, Func<T, decimal?> get, Func<T, decimal?, T> set) =>
        new(id, FieldKind.Money, label, r => get(r)?.ToString(CultureInfo.InvariantCulture), (r, form, i) => set(r, form.Money(i, readLabel)));

    /// <summary>A choice among the values of <typeparamref name="TEnum"/>, each sent as its option's value (read ignoring case; anything else reads as none).</summary>
    public static FormSpec<T> Choice<T, TEnum>(string id, string label, IReadOnlyList<(TEnum Value, Option Option)> choices, Func<T, TEnum?> get, Func<T, TEnum?, T> set)
        where TEnum : struct, Enum =>
        Choice<T>(id, label, [.. choices.Select(c => c.Option)],
            r => choices.FirstOrDefault(c => get(r) is { } value && c.Value.Equals(value)).Option?.Value,
            (r, text) => set(r, choices.Where(c => string.Equals(c.Option.Value, text, StringComparison.OrdinalIgnoreCase)).Select(c => (TEnum?)c.Value).FirstOrDefault()));

    /// <summary>A whole number from <paramref name="min"/> to the field's <see cref="NumberText"/> maximum.</summary>
    public static FormSpec<T> Whole<T>(string id, string label, string readLabel, int min, Func<T, int?> get, Func<T, int?, T> set) =>
        new(id, FieldKind.Number, label, r => get(r)?.ToString(CultureInfo.InvariantCulture), (r, form, i) => set(r, form.Int(i, readLabel, min: min))) { Min = min };

    public static string? YesNoText(bool? value) => value switch { true => "yes", false => "no", null => null };

    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

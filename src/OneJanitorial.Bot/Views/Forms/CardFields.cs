using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Views.Forms;

/// <summary>Form fields pre-filled from entered values, each with the server's error for it.</summary>
public sealed class CardFields(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? errors = null)
{
    /// <summary>The id under which a form-level error (not about one input) is kept.</summary>
    public const string FormErrorId = "_form";

    public string? Value(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    public string? Error(string id) => errors?.GetValueOrDefault(id);

    /// <summary>The form-level error, as a red line (empty when there is none).</summary>
    public IEnumerable<Block> FormError() =>
        Error(FormErrorId) is { } error ? [new Paragraph(error) { Style = TextStyle.Strong, Tone = Tone.Attention }] : [];

    public FormField Field(string id, FieldKind kind, string? label, bool required = false) =>
        new(id, kind, label) { Required = required, Value = Value(id), Error = Error(id) };

    public FormField Text(string id, string label, bool required = false, bool multiline = false, string? placeholder = null) =>
        Field(id, multiline ? FieldKind.Multiline : FieldKind.Text, label, required) with { Hint = placeholder, MaxLength = FieldLimits.For(id) };

    public FormField Number(string id, string label, bool required = false, double? min = null, string? placeholder = null) =>
        Field(id, FieldKind.Number, label, required) with { Min = min, Max = NumberText.RangeFor(id).Max, Hint = placeholder };

    public FormField Money(string id, string label, bool required = false) =>
        Field(id, FieldKind.Money, label, required) with { Min = 0, Max = (double)MoneyText.Max };

    public FormField Date(string id, string label, bool required = false) => Field(id, FieldKind.Date, label, required);

    public FormField Time(string id, string label, bool required = false) => Field(id, FieldKind.Time, label, required);

    public FormField Toggle(string id, string label, string statement) =>
        Field(id, FieldKind.Check, label) with { Statement = statement, Value = Value(id) ?? "false" };

    public FormField Choice(string id, string label, IReadOnlyList<Option> choices, bool required = false) =>
        Field(id, FieldKind.Choice, label, required) with { Options = choices };

    public FormField YesNo(string id, string label, bool required = false) => Field(id, FieldKind.YesNo, label, required);
}

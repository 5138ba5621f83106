using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Tickets.Chat;

/// <summary>
/// Builds 1.2 form fields (<see cref="CardForm.Field"/>) pre-filled from entered values, with the server's error for
/// each input right under it. Choice sets are compact: a drop-down on Teams mobile.
/// </summary>
public sealed class CardFields(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? errors = null)
{
    public static readonly IReadOnlyList<Choice> YesNoChoices = [new("Yes", "yes"), new("No", "no")];

    public string? Value(string id) => values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    /// <summary>The server's message for the input, escaped: a message may quote what the user typed.</summary>
    public string? Error(string id) => errors?.GetValueOrDefault(id) is { } error ? CardText.Escape(error) : null;

    /// <summary>The card-level error, as a red line (empty when there is none).</summary>
    public IEnumerable<CardElement> FormError() =>
        Error(IntakeFields.FormError) is { } error ? [new TextBlock(error) { Color = "Attention", Weight = "Bolder" }] : [];

    public IEnumerable<CardElement> Text(string id, string label, bool required = false, bool multiline = false, string? placeholder = null) =>
        CardForm.Field(label, new TextInput { Id = id, Value = Value(id), IsMultiline = multiline ? true : null, Placeholder = placeholder, MaxLength = FieldLimits.For(id) }, required, Error(id));

    public IEnumerable<CardElement> Number(string id, string label, bool required = false, double? min = null, string? placeholder = null) =>
        CardForm.Field(label, new NumberInput
        {
            Id = id,
            Min = min,
            Max = id == IntakeFields.BillingPrice ? (double)MoneyText.Max : NumberText.RangeFor(id).Max,
            Placeholder = placeholder,
            Value = NumberText.ForCard(Value(id)),
        }, required, Error(id));

    public IEnumerable<CardElement> Date(string id, string label, bool required = false) =>
        CardForm.Field(label, new DateInput { Id = id, Value = Value(id) }, required, Error(id));

    public IEnumerable<CardElement> Time(string id, string label, bool required = false) =>
        CardForm.Field(label, new TimeInput { Id = id, Value = Value(id) }, required, Error(id));

    public IEnumerable<CardElement> Toggle(string id, string label, string title) =>
        CardForm.Field(label, new ToggleInput(title) { Id = id, Value = Value(id) ?? "false", ValueOn = "true", ValueOff = "false" }, false, Error(id));

    public IEnumerable<CardElement> Choice(string id, string label, IReadOnlyList<Choice> choices, bool required = false) =>
        CardForm.Field(label, new ChoiceSetInput(choices) { Id = id, Value = Value(id), Style = "compact" }, required, Error(id));

    public IEnumerable<CardElement> YesNo(string id, string label, bool required = false) => Choice(id, label, YesNoChoices, required);
}

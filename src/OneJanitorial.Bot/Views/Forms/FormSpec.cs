using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Views.Forms;

/// <summary>
/// One input of a form, declared once: how it is shown (id, kind, label, limits), the value it shows from the record
/// <typeparamref name="T"/> (<see cref="Get"/>), and how its entered text is read back into the record (<see cref="Set"/>,
/// which also reports what cannot be read). Cards, readers and pre-filled values all come from these.
/// </summary>
public sealed record FormSpec<T>(string Id, FieldKind Kind, string Label, Func<T, string?> Get, Func<T, FormReader, string, T> Set)
{
    public bool Required { get; init; }

    public string? Hint { get; init; }

    public IReadOnlyList<Option> Options { get; init; } = [];

    public double? Min { get; init; }

    /// <summary>What ticking a <see cref="FieldKind.Check"/> field states.</summary>
    public string? Statement { get; init; }

    /// <summary>The domain rule (e.g. a master note field) whose problems are shown at this input.</summary>
    public Enum? Rule { get; init; }

    /// <summary>A remark shown under the input, from the value entered (e.g. a warning).</summary>
    public Func<string?, IEnumerable<Block>>? Remark { get; init; }

    /// <summary>The input with the entered value and its error; text and number limits come from <see cref="FieldLimits"/> and <see cref="NumberText"/>.</summary>
    public IEnumerable<Block> Render(CardFields entered)
    {
        var field = new FormField(Id, Kind, Label)
        {
            Required = Required,
            Hint = Hint,
            Value = entered.Value(Id) ?? (Kind == FieldKind.Check ? "false" : null),
            Error = entered.Error(Id),
            Options = Options,
            Statement = Statement,
            MaxLength = Kind is FieldKind.Text or FieldKind.Multiline ? FieldLimits.For(Id) : null,
            Min = Kind == FieldKind.Money ? 0 : Min,
            Max = Kind switch
            {
                FieldKind.Number => NumberText.RangeFor(Id).Max,
                FieldKind.Money => (double)MoneyText.Max,
                _ => null,
            },
        };
        return [field, .. Remark?.Invoke(entered.Value(Id)) ?? []];
    }

    /// <summary>
    /// Whether <paramref name="record"/> shows <paramref name="text"/> as entered (blank and nothing are the same; an
    /// unticked check shows "false"). Not so for an unreadable entry, or one written another way ("$1,250.50").
    /// </summary>
    public bool Shows(T record, string? text)
    {
        var shown = Get(record);
        return string.IsNullOrWhiteSpace(text)
            ? shown is null || (Kind == FieldKind.Check && shown == "false")
            : string.Equals(text, shown, StringComparison.Ordinal);
    }

    /// <summary>The same input over a record <typeparamref name="TOuter"/> that holds a <typeparamref name="T"/> (e.g. the intake's master note).</summary>
    public FormSpec<TOuter> Over<TOuter>(Func<TOuter, T> part, Func<TOuter, T, TOuter> with) =>
        new(Id, Kind, Label, outer => Get(part(outer)), (outer, form, id) => with(outer, Set(part(outer), form, id)))
        {
            Required = Required, Hint = Hint, Options = Options, Min = Min, Statement = Statement, Rule = Rule, Remark = Remark,
        };
}

namespace OneJanitorial.Bot.Views;

/// <summary>
/// One input of a form. The value is what the user entered as text (dates yyyy-MM-dd, times HH:mm, numbers invariant,
/// yes/no "yes"/"no", checks "true"/"false"); <see cref="Error"/> is the server's message for it, shown with it.
/// </summary>
public sealed record FormField(string Id, FieldKind Kind, string? Label) : Block
{
    public bool Required { get; init; }

    /// <summary>Example or format shown inside an empty input.</summary>
    public string? Hint { get; init; }

    public int? MaxLength { get; init; }

    public string? Error { get; init; }

    public string? Value { get; init; }

    /// <summary>Choices of a <see cref="FieldKind.Choice"/> field.</summary>
    public IReadOnlyList<Option> Options { get; init; } = [];

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>What ticking a <see cref="FieldKind.Check"/> field states, e.g. "Cleaned daily".</summary>
    public string? Statement { get; init; }

    /// <summary>What the user picks from: <see cref="Options"/>, or Yes/No ("yes"/"no") for a <see cref="FieldKind.YesNo"/> field.</summary>
    public IReadOnlyList<Option> Choices => Kind == FieldKind.YesNo ? YesNoChoices : Options;

    private static readonly IReadOnlyList<Option> YesNoChoices = [new("Yes", "yes"), new("No", "no")];
}

public sealed record Option(string Title, string Value);

public enum FieldKind
{
    Text,
    Multiline,
    Date,
    Time,
    Number,
    Money,
    Choice,
    /// <summary>A question answered "yes" or "no" (or left open).</summary>
    YesNo,
    /// <summary>A statement ticked or not ("true"/"false").</summary>
    Check,
}

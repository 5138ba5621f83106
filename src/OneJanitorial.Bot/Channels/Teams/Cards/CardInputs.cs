namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>Common input properties. <c>Label</c>/<c>IsRequired</c>/<c>ErrorMessage</c> are 1.3 properties that 1.2 clients ignore.</summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
}

/// <summary>JSON has no infinity or NaN: such a value is dropped here, so a card can always be serialized.</summary>
public sealed record NumberInput : CardInput
{
    public string? Placeholder { get; init; }
    public double? Value { get; init => field = Finite(value); }
    public double? Min { get; init => field = Finite(value); }
    public double? Max { get; init => field = Finite(value); }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

public sealed record DateInput : CardInput
{
    /// <summary>yyyy-MM-dd.</summary>
    public string? Value { get; init; }
}

public sealed record TimeInput : CardInput
{
    /// <summary>HH:mm.</summary>
    public string? Value { get; init; }
}

public sealed record ToggleInput(string Title) : CardInput
{
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    public string? Value { get; init; }
    /// <summary>compact | expanded | filtered.</summary>
    public string? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Placeholder { get; init; }
}

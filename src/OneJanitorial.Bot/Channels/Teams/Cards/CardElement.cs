using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    public string? Id { get; init; }
    public bool? IsVisible { get; init; }
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;
    public string? Size { get; init; }
    public string? Weight { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyName("type")]
    public string Type => "Column";
    public string? Width { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;

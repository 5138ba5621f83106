using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }
}

/// <summary>
/// Data is always an object carrying <c>verb</c> (what the bot should do) plus fixed fields.
/// Build it with <see cref="CardData.For"/>; user text never goes into it by string building.
/// </summary>
public sealed record SubmitAction(string Title, JsonObject Data) : CardAction(Title)
{
    /// <summary>"none" submits without validating or sending inputs (Back, Cancel).</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>Universal Action; Teams mobile does not run it, so it always carries a Submit fallback.</summary>
public sealed record ExecuteAction(string Title, string Verb, JsonObject Data, CardAction Fallback) : CardAction(Title)
{
    public string? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);

public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);

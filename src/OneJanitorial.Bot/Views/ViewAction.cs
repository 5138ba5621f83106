namespace OneJanitorial.Bot.Views;

/// <summary>A button. The closed set: a verb the bot handles, or revealing a <see cref="Detail"/>.</summary>
public abstract record ViewAction(string Title);

/// <summary>
/// Sends <see cref="Verb"/> with <see cref="Payload"/> and the view's form values. <see cref="SkipsForm"/> buttons
/// (Back, Cancel) send no form values and ask for none.
/// </summary>
public sealed record VerbAction(string Title, Verb Verb) : ViewAction(Title)
{
    public IReadOnlyDictionary<string, string> Payload { get; init; } = Views.Payload.Empty;

    public Intent Intent { get; init; } = Intent.Secondary;

    public bool SkipsForm { get; init; }
}

/// <summary>
/// Shows the <see cref="Detail"/> <see cref="DetailId"/>. With <see cref="HideTitle"/> (e.g. "Show less") the button hides
/// it again under that title; put such a button in a <see cref="Buttons"/> block, next to its detail.
/// </summary>
public sealed record RevealAction(string Title, string DetailId) : ViewAction(Title)
{
    public string? HideTitle { get; init; }
}

public enum Intent
{
    Primary,
    Secondary,
    Danger,
}

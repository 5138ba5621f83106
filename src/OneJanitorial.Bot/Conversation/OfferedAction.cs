using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Conversation;

/// <summary>
/// A button a feature puts on a view it does not build: Tickets' "New ticket" on the welcome, Recaps' "Recap" on the
/// ticket card. The feature that owns the verb registers it (<c>services.AddSingleton(new OfferedAction(...))</c>),
/// the view's builder adds the payload of its <see cref="Place"/>, so no feature imports another's chat code.
/// </summary>
public sealed record OfferedAction(ActionPlace Place, VerbAction Action)
{
    /// <summary>The payload key of the typed text on <see cref="ActionPlace.TypedText"/> buttons.</summary>
    public const string TextKey = "text";

    /// <summary>The buttons offered on <paramref name="place"/>, in registration order.</summary>
    public static IEnumerable<VerbAction> At(IEnumerable<OfferedAction> offered, ActionPlace place) =>
        offered.Where(o => o.Place == place).Select(o => o.Action);
}

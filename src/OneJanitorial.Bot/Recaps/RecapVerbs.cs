using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Recaps;

/// <summary>Every button verb of the recap preview (<see cref="RecapChatFeature"/>) and of the client email and review cards (<see cref="ClientEmailChatFeature"/>).</summary>
public static class RecapVerbs
{
    public static readonly Verb Copy = new("recap.copy");

    /// <summary>Writes the recap of the payload's ticket again; also the ticket card's "Recap" (offered there by this feature).</summary>
    public static readonly Verb Regenerate = new("recap.regenerate");
    public static readonly Verb Send = new("recap.send");

    public static readonly Verb ClientEmailStart = new("clientemail.start");
    public static readonly Verb ClientEmailPick = new("clientemail.pick");
    public static readonly Verb ClientEmailCopy = new("clientemail.copy");
    public static readonly Verb ReviewCheck = new("review.check");
    public static readonly Verb ReviewSet = new("review.set");
}

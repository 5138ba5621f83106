using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>The button verbs of SOP answers (<see cref="SopChatFeature"/>).</summary>
public static class SopVerbs
{
    /// <summary>👍/👎 under an answer.</summary>
    public static readonly Verb Feedback = new("sop.feedback");

    /// <summary>Asks the SOP the typed text a dialog held (<see cref="Conversation.ActionPlace.TypedText"/>).</summary>
    public static readonly Verb Ask = new("sop.ask");
}

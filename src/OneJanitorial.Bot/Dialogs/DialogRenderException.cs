namespace OneJanitorial.Bot.Dialogs;

/// <summary>A step's card could not be written as JSON (e.g. a value the serializer rejects); the step is not saved.</summary>
internal sealed class DialogRenderException(string dialogId, Exception inner)
    : Exception($"Dialog '{dialogId}' rendered a card that cannot be serialized.", inner)
{
    public string DialogId { get; } = dialogId;
}

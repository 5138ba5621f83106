namespace OneJanitorial.Bot.Dialogs;

/// <summary>A step's view cannot be drawn by the channels (a block outside the closed set); the step is not saved.</summary>
internal sealed class DialogRenderException(string dialogId, Exception inner)
    : Exception($"Dialog '{dialogId}' rendered a view that cannot be drawn.", inner)
{
    public string DialogId { get; } = dialogId;
}

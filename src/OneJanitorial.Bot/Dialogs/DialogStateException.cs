namespace OneJanitorial.Bot.Dialogs;

/// <summary>A stored dialog state that this build cannot read (an unknown dialog id or a changed state shape).</summary>
internal sealed class DialogStateException(string message, Exception? inner = null) : Exception(message, inner);

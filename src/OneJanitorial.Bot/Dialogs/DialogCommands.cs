namespace OneJanitorial.Bot.Dialogs;

internal enum DialogCommand
{
    Cancel,
    Back,
    Resume,
}

/// <summary>The words that control a dialog from the keyboard, in any channel.</summary>
internal static class DialogCommands
{
    public static DialogCommand? Parse(string? text) =>
        text?.Trim().TrimEnd('.', '!', '?').ToLowerInvariant() switch
        {
            "cancel" => DialogCommand.Cancel,
            "back" => DialogCommand.Back,
            "resume" or "where was i" => DialogCommand.Resume,
            _ => null,
        };
}

using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Dialogs;

public enum DialogStatus
{
    /// <summary>No dialog is active for this user.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next input.</summary>
    Waiting,

    /// <summary>The dialog finished.</summary>
    Complete,

    /// <summary>The dialog was cancelled (by the user or by itself).</summary>
    Cancelled,
}

/// <summary>What a finished child dialog hands back to the dialog that started it.</summary>
public sealed record DialogResult(string DialogId, DialogStatus Status, JsonObject? Value);

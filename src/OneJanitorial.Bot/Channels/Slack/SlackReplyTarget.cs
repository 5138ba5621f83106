namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>Where a Slack turn's replies go.</summary>
public sealed record SlackReplyTarget(string ChannelId, string UserId)
{
    /// <summary>Reply in this thread (an @mention is answered in its thread).</summary>
    public string? ThreadTs { get; init; }

    /// <summary>The interaction's response_url (slash commands, buttons, shortcuts).</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>The message whose button started the turn; replaced in place by chat.update.</summary>
    public string? MessageTs { get; init; }

    /// <summary>Only the user sees the replies (a slash command, a shortcut, a button on an ephemeral message).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>The interaction's trigger_id: lets the turn open a modal (once, within 3 s of the user's action).</summary>
    public string? TriggerId { get; init; }

    /// <summary>The bot's modal the turn came from (a button in it): its further steps update it in place.</summary>
    public string? ModalViewId { get; init; }

    /// <summary>The modal's hash when the button was pressed, so an update never overwrites a newer state.</summary>
    public string? ModalHash { get; init; }
}

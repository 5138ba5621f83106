namespace OneJanitorial.Bot.Channels.Slack.SocketMode;

/// <summary>Why a Socket Mode connection ended; all but <see cref="LinkDisabled"/> and <see cref="Stopped"/> lead to a new one.</summary>
public enum ConnectionEnd
{
    /// <summary>The socket closed or failed without a <c>disconnect</c> message.</summary>
    Dropped,

    /// <summary>Slack sent <c>disconnect</c> with <c>refresh_requested</c>.</summary>
    RefreshRequested,

    /// <summary>The bot closed it shortly before Slack's announced connection time ran out.</summary>
    Expired,

    /// <summary>Slack sent <c>disconnect</c> with <c>link_disabled</c>: Socket Mode was turned off for the app.</summary>
    LinkDisabled,

    /// <summary>The host is stopping.</summary>
    Stopped,
}

using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>A Slack delivery as the core sees it, with where its replies go.</summary>
public sealed record SlackTurn(IncomingTurn Turn, SlackReplyTarget Reply)
{
    /// <summary>
    /// Its conversation's key in the process's <see cref="IConversationGate"/>: the channel's name first, so a Slack
    /// channel id is never taken for a Teams conversation id.
    /// </summary>
    public string GateKey => $"{Turn.Channel}/{Turn.ConversationId}";
}

using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>A Slack delivery as the core sees it, with where its replies go.</summary>
public sealed record SlackTurn(IncomingTurn Turn, SlackReplyTarget Reply);

using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// One Slack message as the Web API takes it: <c>text</c> (mrkdwn; also the notification and screen-reader text)
/// and optional Block Kit <c>blocks</c>.
/// </summary>
public sealed record SlackMessageContent(string Text, JsonArray? Blocks = null);

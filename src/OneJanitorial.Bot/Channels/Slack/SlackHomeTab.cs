using System.Text.Json.Nodes;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The App Home tab, published when a user opens it: the help, the user's open tickets, their upcoming reminders and
/// the huddle digest as of now, each exactly as the bot answers "help", "my tickets", "my reminders" and "huddle" in
/// chat (the core produces them; this only lays them out, cut at Slack's 100 blocks).
/// </summary>
public sealed class SlackHomeTab(ConversationBot bot, SlackWebApiClient api, SlackMessageFormatter formatter, TimeProvider clock)
{
    public const int MaxBlocks = 100;
    public static readonly IReadOnlyList<string> Sections = ["help", "my tickets", "my reminders", "huddle"];

    /// <summary>The user who opened the Home tab, when the event is <c>app_home_opened</c> on the home tab.</summary>
    public static string? OpenedBy(JsonObject body) =>
        body["event"] is JsonObject e && SlackTurnMapper.Str(e, "type") == "app_home_opened" && SlackTurnMapper.Str(e, "tab") is null or "home"
            ? SlackTurnMapper.Str(e, "user")
            : null;

    public async Task PublishAsync(string userId, CancellationToken cancellationToken)
    {
        var blocks = new JsonArray();
        foreach (var text in Sections)
        {
            var captured = new CapturingTurnOutput();
            // A conversation of its own, so a dialog the user has open in the DM never sees these texts as answers.
            var turn = new IncomingTurn(TurnKind.Message, SlackTurnMapper.ChannelName, $"home:{userId}", new TurnUser(userId, null), text, null, clock.GetUtcNow());
            await bot.OnTurnAsync(turn, captured, cancellationToken);
            if (blocks.Count > 0)
            {
                blocks.Add(new JsonObject { ["type"] = "divider" });
            }
            foreach (var message in captured.Messages)
            {
                foreach (var page in formatter.Format(message))
                {
                    AddBlocks(blocks, page);
                }
            }
        }
        var view = new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray([.. blocks.Take(MaxBlocks).Select(b => b!.DeepClone())]) };
        await api.PublishViewAsync(userId, view, cancellationToken);
    }

    private static void AddBlocks(JsonArray blocks, SlackMessageContent content)
    {
        if (content.Blocks is null)
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = content.Text } });
            return;
        }
        foreach (var block in content.Blocks)
        {
            blocks.Add(block!.DeepClone());
        }
    }
}

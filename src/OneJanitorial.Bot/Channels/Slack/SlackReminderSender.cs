using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Delivers reminders into Slack for the teams mapped to it (<c>Slack:Channels</c> by the ticket's city, else
/// <c>Slack:DefaultChannel</c>; people by <c>Slack:Users</c>): the routed person's DM (conversations.open) when
/// their Slack id is known, else the team's channel with an @mention (their name in bold when the id is not known).
/// The message is the reminder card (its Done and Snooze buttons come back as block_actions to the same chat feature);
/// a reminder of a team Slack does not serve goes to the sender it wraps (Teams), or fails when there is none. The
/// scheduled huddle posts of the teams on Slack go into their Slack channels the same way. Each page posted is recorded
/// under the delivery's key and the chat it went to (<see cref="TurnDeliveries"/>), so the dispatcher trying the delivery
/// again (a later page Slack could not take, or it stopped before recording the delivery) posts only the pages not
/// posted yet with the same content. At least once all the same: a stop between Slack taking a page and its record posts
/// it again, as does a retry whose page reads differently (marked late by then).
/// </summary>
public sealed class SlackReminderSender(
    SlackWebApiClient api,
    SlackMessageFormatter formatter,
    ReminderRouter router,
    ReminderCards cards,
    IOptions<SlackOptions> options,
    TurnDeliveries deliveries,
    IReminderSender? other = null) : IReminderSender
{
    /// <summary>The channel name the pages are recorded under (<see cref="TurnDeliveries.For"/>), apart from Slack's turns.</summary>
    public const string DeliveriesName = "slack-proactive";

    public async Task<DeliveryResult> SendAsync(ReminderNotice notice, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        var slack = options.Value;
        var route = router.Route(notice);
        var channel = slack.ChannelFor(notice.Ticket.City);
        var person = slack.UserIdOf(route.Person);
        if (!slack.IsEnabled || (channel is null && person is null))
        {
            return other is null
                ? DeliveryResult.Failed("no Slack channel for the ticket's city and no Slack user for the recipient")
                : await other.SendAsync(notice, delivery, cancellationToken);
        }
        if (person is not null && await api.OpenConversationAsync(person, cancellationToken) is { } dm
            && await PostAsync(dm, cards.Message(notice), null, delivery, cancellationToken) is null)
        {
            return DeliveryResult.Sent("slack direct message");
        }
        if (channel is null)
        {
            return DeliveryResult.Failed("the Slack DM could not be posted and no Slack channel is set for the ticket's city");
        }
        var mention = slack.UserIdOf(route.Mention) is { } id ? $"<@{id}>" : route.Mention is { } name ? $"*@{SlackText.Escape(name)}*" : null;
        var message = cards.Message(notice, ReminderText.DueLine(notice.Reminder));
        return Result(await PostAsync(channel, message, mention, delivery, cancellationToken));
    }

    /// <summary>A channel post's delivery: sent, Slack out for now (retried until the post is of no use), or refused (not_in_channel, …).</summary>
    private static DeliveryResult Result(SlackApiResult? failed) =>
        failed is null ? DeliveryResult.Sent("slack channel")
        : failed.PeerUnavailable ? DeliveryResult.Unavailable($"slack chat.postMessage: {failed.Error}")
        : DeliveryResult.Failed($"slack chat.postMessage: {failed.Error ?? "unknown_error"}");

    /// <summary>
    /// A scheduled huddle post: into a Slack channel of a team on Slack as one message (its notification text is the
    /// digest's headline with its counts); a Teams channel's goes to the sender this one wraps.
    /// </summary>
    public async Task<DeliveryResult> PostAsync(string channel, View view, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled || !options.Value.Teams.All.Contains(channel))
        {
            return other is null
                ? DeliveryResult.Failed("no chat channel posts huddles into the configured team channel")
                : await other.PostAsync(channel, view, delivery, cancellationToken);
        }
        return Result(await PostAsync(channel, BotMessage.WithView(view), null, delivery, cancellationToken));
    }

    /// <summary>Posts the pages an earlier try of the delivery did not post; null when all are posted, else Slack's failed answer.</summary>
    private async Task<SlackApiResult?> PostAsync(string channel, BotMessage message, string? mention, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        var posted = deliveries.For(DeliveriesName, $"{delivery.Key}/{channel}");
        var pages = formatter.Format(message);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = i == 0 && mention is not null ? Mentioning(pages[0], mention) : pages[i];
            var next = await posted.NextAsync(page.Text + "\n" + page.Blocks?.ToJsonString(), cancellationToken);
            if (next.Delivered)
            {
                continue;
            }
            var result = await api.PostMessageAsync(channel, page, null, cancellationToken);
            if (!result.Ok)
            {
                return result;
            }
            await posted.RecordAsync(next, result.StringAt("ts"), cancellationToken);
        }
        return null;
    }

    /// <summary>The mention (Slack's own <c>&lt;@U…&gt;</c>, not escaped) in front of the first page.</summary>
    private static SlackMessageContent Mentioning(SlackMessageContent page, string mention)
    {
        if (page.Blocks is not { } blocks)
        {
            return page with { Text = $"{mention} {page.Text}" };
        }
        var withMention = new JsonArray([BlockKitRenderer.Section(mention), .. blocks.Select(b => b!.DeepClone())]);
        return new SlackMessageContent($"{mention} {page.Text}", withMention);
    }
}

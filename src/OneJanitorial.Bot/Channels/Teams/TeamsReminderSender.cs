using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Delivers reminders into Teams through the Bot Connector (rate limits and retries are the connector client's):
/// the routed person's 1:1 chat when the bot has one, else the team channel with a real @mention when the person has
/// ever written to the bot (their Teams id is known), else their name in bold. The message is the reminder card. One
/// kept in the Teams outbox (behind the conversation's kept replies, or the connector could not take it now) is sent
/// from there, under the delivery's key: delivered as far as the reminder is concerned (<see cref="ProactiveMessenger"/>);
/// if it expires there unsent, the outbox marks the reminder's delivery failed (<see cref="ReminderOutbox.MarkUndeliveredAsync"/>).
/// </summary>
public sealed class TeamsReminderSender(ConversationReferences references, ProactiveMessenger messenger, ReminderRouter router, ReminderCards cards) : IReminderSender
{
    public async Task<DeliveryResult> SendAsync(ReminderNotice notice, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        var route = router.Route(notice);
        var known = await references.ListAsync(cancellationToken);
        if (route.Person is { } person && PersonalChat(known, person) is { } chat)
        {
            await messenger.SendAsync(chat, Message(notice, null), delivery, cancellationToken);
            return DeliveryResult.Sent("personal chat");
        }
        var channel = route.Channel is { } id ? Channel(known, id) : null;
        if (channel is null)
        {
            return DeliveryResult.Failed(route.Channel is null
                ? "no 1:1 chat with the recipient and no team channel configured for the ticket's city"
                : "no 1:1 chat with the recipient and the bot is not installed in the configured team channel");
        }
        if (route.Mention is { } name && known.FirstOrDefault(r => Is(r, name) && r.UserId is not null) is { } seen)
        {
            var mentioned = new ChannelAccount { Id = seen.UserId, Name = seen.UserName ?? name };
            await messenger.SendWithMentionAsync(channel, Message(notice, ReminderText.DueLine(notice.Reminder)), mentioned, delivery, cancellationToken);
        }
        else
        {
            var line = ReminderText.DueLine(notice.Reminder);
            await messenger.SendAsync(channel, Message(notice, route.Mention is null ? line : $"**@{route.Mention}** {line}"), delivery, cancellationToken);
        }
        return DeliveryResult.Sent("team channel");
    }

    /// <summary>A huddle post: the view as a new post in the team channel, when the bot is installed there.</summary>
    public async Task<DeliveryResult> PostAsync(string channel, View view, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        if (Channel(await references.ListAsync(cancellationToken), channel) is not { } reference)
        {
            return DeliveryResult.Failed("the bot is not installed in the configured team channel");
        }
        await messenger.SendAsync(reference, BotMessage.WithView(view), delivery, cancellationToken);
        return DeliveryResult.Sent("team channel");
    }

    private static ConversationReference? Channel(IReadOnlyList<ConversationReference> known, string id) =>
        known.FirstOrDefault(r => r.ConversationType == "channel" && (r.ConversationId == id || r.ChannelId == id));

    /// <summary>
    /// The person's 1:1 chat: by name, or by the Teams id the name was seen with elsewhere (an install names no one,
    /// so a chat the person never wrote in is known only by their id).
    /// </summary>
    private static ConversationReference? PersonalChat(IReadOnlyList<ConversationReference> known, string person)
    {
        var ids = known.Where(r => Is(r, person)).Select(r => r.UserId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return known.FirstOrDefault(r => r.ConversationType == "personal" && (Is(r, person) || (r.UserId is { } id && ids.Contains(id))));
    }

    private static bool Is(ConversationReference reference, string person) =>
        string.Equals(reference.UserName, person, StringComparison.OrdinalIgnoreCase) || reference.UserId == person || reference.UserAadObjectId == person;

    /// <summary>The reminder card; in a channel a line in front of it says what is due (after the @mention of whom it is for).</summary>
    private BotMessage Message(ReminderNotice notice, string? line) => cards.Message(notice, line);
}

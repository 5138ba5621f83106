using System.Net;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Reminders;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Messages the bot starts itself (reminders, digests) into a conversation it has seen before;
/// get the reference from <see cref="ConversationReferences"/>. Each is one delivery (<see cref="ProactiveDelivery"/>):
/// made now, or kept in the <see cref="TeamsOutbox"/> (<see cref="MakeOrKeep"/>: behind the conversation's kept replies,
/// or the connector cannot take it now; then its message id is null) under the delivery's key, until it expires. The same
/// delivery again (its dispatcher stopped before recording it, or tried it again) finds its key taken, kept or already
/// sent from the outbox, and is neither kept nor sent again. At least once all the same for a message made at once: the
/// connector takes a new message with no key of ours, so a stop between its answer and the dispatcher's record of the
/// delivery makes it again on the next try.
/// </summary>
public sealed class ProactiveMessenger(ConnectorClient connector, TeamsOutbox outbox, ILogger<ProactiveMessenger> logger)
{
    /// <summary>Posts into the conversation (a channel gets a new top-level post); returns the message id (null when kept).</summary>
    public Task<string?> SendAsync(ConversationReference reference, BotMessage message, ProactiveDelivery delivery, CancellationToken cancellationToken) =>
        SendOrKeepAsync(reference, ToActivity(reference, message), null, delivery, cancellationToken);

    /// <summary>
    /// Posts with an @mention of <paramref name="mentioned"/> in front of the message (the rendered text escapes markup, so
    /// the tag is added after). The name is HTML-escaped inside the tag: a display name with "&lt;", "&amp;" or "&lt;/at&gt;"
    /// cannot end the tag early or add markup.
    /// </summary>
    public Task<string?> SendWithMentionAsync(
        ConversationReference reference, BotMessage message, ChannelAccount mentioned, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        var activity = ToActivity(reference, message);
        var tag = $"<at>{WebUtility.HtmlEncode(mentioned.Name)}</at>";
        activity.Text = $"{tag} {activity.Text}";
        activity.Entities = [new Entity { Type = "mention", Mentioned = mentioned, Text = tag }];
        return SendOrKeepAsync(reference, activity, null, delivery, cancellationToken);
    }

    /// <summary>Replaces a message the bot sent earlier (e.g. refreshes a card).</summary>
    public Task UpdateAsync(ConversationReference reference, string messageId, BotMessage message, ProactiveDelivery delivery, CancellationToken cancellationToken) =>
        SendOrKeepAsync(reference, ToActivity(reference, message), messageId, delivery, cancellationToken);

    /// <summary>Starts a new thread in the reference's channel; the result is the thread's conversation id and first post id.</summary>
    public Task<ConversationResourceResponse> CreateThreadAsync(ConversationReference channel, BotMessage message, CancellationToken cancellationToken)
    {
        var channelId = channel.ChannelId ?? channel.ConversationId;
        var parameters = new ConversationParameters(
            IsGroup: true,
            ChannelData: new TeamsChannelData(new TeamsChannelInfo(channelId), channel.TenantId is { } t ? new TeamsTenantInfo(t) : null),
            Activity: TeamsMessages.ToActivity(message, new ConversationAccount { Id = channelId }, Bot(channel), null),
            TenantId: channel.TenantId,
            Bot: Bot(channel));
        return connector.CreateConversationAsync(channel.ServiceUrl, parameters, cancellationToken);
    }

    /// <summary>A new message (<paramref name="replaces"/> null) or an update of that message: made now, or kept under the delivery's key.</summary>
    private async Task<string?> SendOrKeepAsync(
        ConversationReference reference, Activity activity, string? replaces, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        var message = new OutboxMessage(reference.ServiceUrl, reference.ConversationId, null, activity, 0, default, default)
        {
            ReplacesMessageId = replaces,
            DeliveryKey = delivery.Key,
            ExpiresAt = delivery.ExpiresAt,
        };
        var keptAs = $"proactive-{delivery.Key}";
        if (await outbox.IsKeptAsync(message, keptAs, 1, cancellationToken))
        {
            Log.ProactiveKeptBefore(logger, reference.ConversationId);
            return null;
        }
        return await MakeOrKeep.RunAsync(
            await outbox.HasPendingAsync(reference.ConversationId, cancellationToken),
            token => MakeAsync(reference, activity, replaces, token),
            async (failure, token) =>
            {
                LogKept(failure, reference.ConversationId);
                await outbox.KeepAsync(message, keptAs, 1, tried: failure is not null, token);
            },
            cancellationToken);
    }

    private async Task<string?> MakeAsync(ConversationReference reference, Activity activity, string? replaces, CancellationToken cancellationToken)
    {
        if (replaces is null)
        {
            return await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
        }
        await connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, replaces, activity, cancellationToken);
        return replaces;
    }

    private void LogKept(HttpRequestException? failure, string conversationId)
    {
        if (failure is null)
        {
            Log.ProactiveQueuedBehind(logger, conversationId);
            return;
        }
        Log.ProactiveKept(logger, failure, conversationId);
    }

    private static Activity ToActivity(ConversationReference reference, BotMessage message) =>
        TeamsMessages.ToActivity(
            message,
            new ConversationAccount { Id = reference.ConversationId, ConversationType = reference.ConversationType, TenantId = reference.TenantId },
            Bot(reference),
            reference.ConversationType == "personal" && reference.UserId is { } userId ? new ChannelAccount { Id = userId, Name = reference.UserName } : null);

    private static ChannelAccount? Bot(ConversationReference reference) =>
        reference.BotId is { } id ? new ChannelAccount { Id = id, Name = reference.BotName } : null;
}

using System.Net;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Messages the bot starts itself (reminders, digests) into a conversation it has seen before;
/// get the reference from <see cref="ConversationReferences"/>. A message or update into a conversation with replies
/// kept in the <see cref="TeamsOutbox"/> is kept behind them, so it does not overtake them; one the connector cannot
/// take now (<see cref="ConnectorClient.IsUnavailable"/>) is kept too; then its message id is null. The outbox sends it.
/// </summary>
public sealed class ProactiveMessenger(ConnectorClient connector, TeamsOutbox outbox, ILogger<ProactiveMessenger> logger)
{
    /// <summary>Posts into the conversation (a channel gets a new top-level post); returns the message id (null when kept).</summary>
    public Task<string?> SendAsync(ConversationReference reference, BotMessage message, CancellationToken cancellationToken) =>
        SendOrKeepAsync(reference, ToActivity(reference, message), null, cancellationToken);

    /// <summary>
    /// Posts with an @mention of <paramref name="mentioned"/> in front of the message (the rendered text escapes markup, so
    /// the tag is added after). The name is HTML-escaped inside the tag: a display name with "&lt;", "&amp;" or "&lt;/at&gt;"
    /// cannot end the tag early or add markup.
    /// </summary>
    public Task<string?> SendWithMentionAsync(ConversationReference reference, BotMessage message, ChannelAccount mentioned, CancellationToken cancellationToken)
    {
        var activity = ToActivity(reference, message);
        var tag = $"<at>{WebUtility.HtmlEncode(mentioned.Name)}</at>";
        activity.Text = $"{tag} {activity.Text}";
        activity.Entities = [new Entity { Type = "mention", Mentioned = mentioned, Text = tag }];
        return SendOrKeepAsync(reference, activity, null, cancellationToken);
    }

    /// <summary>Replaces a message the bot sent earlier (e.g. refreshes a card).</summary>
    public Task UpdateAsync(ConversationReference reference, string messageId, BotMessage message, CancellationToken cancellationToken) =>
        SendOrKeepAsync(reference, ToActivity(reference, message), messageId, cancellationToken);

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

    /// <summary>A new message (<paramref name="replaces"/> null) or an update of that message: made now, or kept in the outbox.</summary>
    private async Task<string?> SendOrKeepAsync(ConversationReference reference, Activity activity, string? replaces, CancellationToken cancellationToken)
    {
        if (await outbox.HasPendingAsync(reference.ConversationId, cancellationToken))
        {
            Log.ProactiveQueuedBehind(logger, reference.ConversationId);
            await KeepAsync(reference, activity, replaces, tried: false, cancellationToken);
            return null;
        }
        try
        {
            if (replaces is null)
            {
                return await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
            }
            await connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, replaces, activity, cancellationToken);
            return replaces;
        }
        catch (HttpRequestException e) when (ConnectorClient.IsUnavailable(e))
        {
            Log.ProactiveKept(logger, e, reference.ConversationId);
            await KeepAsync(reference, activity, replaces, tried: true, cancellationToken);
            return null;
        }
    }

    /// <summary>Keeps it under a key of its own: a proactive message has no turn whose redelivery would keep it again.</summary>
    private Task KeepAsync(ConversationReference reference, Activity activity, string? replaces, bool tried, CancellationToken cancellationToken) =>
        outbox.KeepAsync(
            new OutboxMessage(reference.ServiceUrl, reference.ConversationId, null, activity, 0, default, default) { ReplacesMessageId = replaces },
            $"proactive-{Guid.NewGuid():N}", 1, tried, cancellationToken);

    private static Activity ToActivity(ConversationReference reference, BotMessage message) =>
        TeamsMessages.ToActivity(
            message,
            new ConversationAccount { Id = reference.ConversationId, ConversationType = reference.ConversationType, TenantId = reference.TenantId },
            Bot(reference),
            reference.ConversationType == "personal" && reference.UserId is { } userId ? new ChannelAccount { Id = userId, Name = reference.UserName } : null);

    private static ChannelAccount? Bot(ConversationReference reference) =>
        reference.BotId is { } id ? new ChannelAccount { Id = id, Name = reference.BotName } : null;
}

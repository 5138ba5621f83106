using OneJanitorial.Bot.Conversation.Deliveries;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The note in the user's DM before the first page of a reply that goes on there because the channel refused it (the bot
/// or the user is not in it): said at most once per turn (<see cref="SlackTurnOutput"/>) or per follow-up of a turn's
/// kept pages (<see cref="Modals.SlackFollowUps"/>), recorded in that one's delivery log as said once.
/// </summary>
public static class SlackDmNote
{
    public const string Text = "I can't reply to you in that channel, so here is the rest of your reply.";

    /// <summary>Posts the note in <paramref name="dm"/> unless <paramref name="deliveries"/> has it said; true when it is said (now or before).</summary>
    public static async Task<bool> SayOnceAsync(SlackWebApiClient api, TurnDeliveryLog deliveries, string dm, CancellationToken cancellationToken)
    {
        var note = await deliveries.OnceAsync(Text, cancellationToken);
        if (note.Delivered)
        {
            return true;
        }
        if (await api.PostMessageAsync(dm, new SlackMessageContent(Text), null, cancellationToken) is not { Ok: true } posted)
        {
            return false;
        }
        await deliveries.RecordAsync(note, posted.StringAt("ts"), cancellationToken);
        return true;
    }
}

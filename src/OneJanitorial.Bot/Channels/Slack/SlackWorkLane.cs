namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The lane (<see cref="SlackWorkLanes"/>) a piece of inbox work runs in, so work that would wait for the same
/// conversation's gate waits in its lane instead, holding no worker slot. A turn (an event, a command, a button, a resumed
/// modal submit) runs in its conversation's lane, keyed as in the gate (<see cref="SlackConversationGate.KeyOf"/>); the
/// Home tab, and a button on it (no channel: its turn is in the user's DM, found only when it runs), in the user's Home
/// lane (<c>slack/home:{user}</c>, the conversation the Home tab's texts are asked in); a follow-up, which takes no gate
/// and which later turns wait for by themselves (<see cref="SlackWorkOutcome.Wait"/>), in a lane of its own (its id), as
/// does work whose payload names no conversation.
/// </summary>
public static class SlackWorkLane
{
    public static string KeyOf(SlackWork work)
    {
        var payload = SlackTurnMapper.ParseObject(work.Payload);
        var conversation = payload is null ? null : work.Kind switch
        {
            SlackWorkKind.Event => SlackHomeTab.OpenedBy(payload) is { } user ? HomeOf(user) : SlackTurnMapper.Str(payload, "event", "channel"),
            SlackWorkKind.Command => SlackTurnMapper.Str(payload, "channel_id"),
            SlackWorkKind.Interaction => SlackTurnMapper.ChannelOf(payload) ?? HomeOf(SlackTurnMapper.Str(payload, "user", "id")),
            SlackWorkKind.Submission => SlackTurnMapper.ModalOf(payload)?.Channel,
            _ => null,
        };
        return conversation is null ? work.Id : SlackConversationGate.KeyOf(conversation);
    }

    private static string? HomeOf(string? user) => user is null ? null : "home:" + user;
}

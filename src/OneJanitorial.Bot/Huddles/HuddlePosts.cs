using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// What a scheduled huddle post says: the digest of the tickets whose city the post's team channel serves
/// (<see cref="ReminderRouter.ChannelOf"/>), as of the moment it is posted.
/// </summary>
public sealed class HuddlePosts(HuddleService huddles, ReminderRouter router)
{
    public async Task<View> BuildAsync(Reminder post, CancellationToken cancellationToken)
    {
        var kind = post.Kind == ReminderKind.EndOfDayHuddle ? HuddleKind.EndOfDay : HuddleKind.Morning;
        var digest = await huddles.BuildAsync(kind, t => router.ChannelOf(t.City) == post.Channel, cancellationToken);
        return HuddleView.Build(digest);
    }
}

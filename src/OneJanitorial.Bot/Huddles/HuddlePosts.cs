using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Huddles;

/// <summary>
/// The scheduled huddle posts: the channels they go into (<see cref="HuddleChannels"/>, Teams' or Slack's) and what each
/// says, the digest of the tickets of the teams its channel serves, as of the moment it is posted.
/// </summary>
public sealed class HuddlePosts(HuddleService huddles, HuddleChannels channels)
{
    /// <summary>Every team channel that gets the posts.</summary>
    public IReadOnlyList<string> Channels() => channels.All();

    public async Task<View> BuildAsync(Reminder post, CancellationToken cancellationToken)
    {
        var kind = post.Kind == ReminderKind.EndOfDayHuddle ? HuddleKind.EndOfDay : HuddleKind.Morning;
        return HuddleView.Build(await DigestAsync(kind, post.Channel, cancellationToken), post.Channel);
    }

    /// <summary>The digest of the tickets of the teams <paramref name="channel"/> serves.</summary>
    public Task<HuddleDigest> DigestAsync(HuddleKind kind, string? channel, CancellationToken cancellationToken) =>
        huddles.BuildAsync(kind, t => channels.Of(t.City) == channel, cancellationToken);
}

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// The stored form of one <see cref="SlackInbox"/> item: the token of its current <see cref="SlackClaim"/>
/// (<see cref="Claim"/>) and when it was last renewed (<see cref="ClaimedAt"/>), <see cref="DoneAt"/>, null until it
/// was processed (or given up), <see cref="Failed"/> when it was given up rather than done (every attempt failed, or one
/// failed in a way a retry cannot fix), how many <see cref="Attempts"/> failed so far, and for a follow-up of several
/// pages how many were posted (<see cref="PagesPosted"/>: a retry goes on from the next, so no page is posted twice).
/// </summary>
public sealed record InboxEntry(SlackWork Work, DateTimeOffset? DoneAt, DateTimeOffset? ClaimedAt, string? Claim, int Attempts = 0, int PagesPosted = 0, bool Failed = false);

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// When the huddle digests are posted: <c>Reminders:Huddles</c> Morning and EndOfDay on business days, in the team's
/// zone, into every team channel (<see cref="Huddles.HuddleChannels.All"/>). Per channel, today's latest post already due (so a pass a little late still posts
/// it, once) and the next one; a post from an earlier day is never made up for.
/// </summary>
public static class HuddleSchedule
{
    /// <summary>The outbox's ticket number for huddle posts, which belong to no ticket (tickets are numbered from 1).</summary>
    public const long TicketNumber = 0;

    /// <summary>The posts into each of <paramref name="channels"/> (the team channels, Teams' or Slack's) still to come or due today.</summary>
    public static IReadOnlyList<Reminder> Due(IReadOnlyList<string> channels, HuddleTimesOptions times, ReminderSettings settings, DateTimeOffset now)
    {
        if (!times.Enabled || channels.Count == 0)
        {
            return [];
        }
        var posts = Posts(times, settings, now).ToList();
        return [.. channels.SelectMany(channel => posts.Select(post => post with { Channel = channel }))];
    }

    /// <summary>
    /// False once the post's local day is over (its claim lapsed overnight after a stop mid-post, say): a post from an
    /// earlier day is dropped, not made up for.
    /// </summary>
    public static bool OnItsDay(Reminder post, ReminderSettings settings, DateTimeOffset now) =>
        DateOnly.FromDateTime(post.DueLocal) >= LocalTimes.DayIn(now, settings.DefaultZone);

    /// <summary>
    /// When a post a channel kept to send later is stale: the end of business hours on its local day, or the end of that
    /// day for a post due after business hours. A kept post is the digest as built when it was first tried, so it expires
    /// sooner than the dispatcher's own retries (<see cref="OnItsDay"/>), which build it afresh each time.
    /// </summary>
    public static DateTimeOffset EndOfItsDay(Reminder post, ReminderSettings settings)
    {
        var day = DateOnly.FromDateTime(post.DueLocal);
        var end = TimeOnly.FromDateTime(post.DueLocal) < settings.BusinessEnd ? day.ToDateTime(settings.BusinessEnd) : day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return Conversation.TimeZones.Scheduled(end, settings.DefaultZone);
    }

    private static IEnumerable<Reminder> Posts(HuddleTimesOptions times, ReminderSettings settings, DateTimeOffset now)
    {
        var zone = settings.DefaultZone;
        var today = LocalTimes.DayIn(now, zone);
        var calendar = settings.Calendar;
        var days = new[] { today, calendar.OnOrNextBusinessDay(today.AddDays(1)) }.Where(calendar.IsBusinessDay).Distinct();
        var all = days
            .SelectMany(day => new[] { (Kind: ReminderKind.MorningHuddle, Time: times.Morning), (Kind: ReminderKind.EndOfDayHuddle, Time: times.EndOfDay) }
                .Select(p => Reminder.At(TicketNumber, p.Kind, Conversation.TimeZones.Scheduled(day.ToDateTime(p.Time), zone), zone, ReminderTarget.Channel)))
            .OrderBy(r => r.DueUtc)
            .ToList();
        if (all.LastOrDefault(r => r.DueUtc <= now) is { } latest && DateOnly.FromDateTime(latest.DueLocal) == today)
        {
            yield return latest;
        }
        yield return all.First(r => r.DueUtc > now);
    }
}

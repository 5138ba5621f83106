using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// Channel-neutral routing: owner reminders to the ticket owner (fallback: the city's team channel, mentioning them),
/// channel reminders to the city's team channel mentioning the owner, on-call alerts to this week's on-call person
/// (fallback: the on-call channel, else the city's channel).
/// </summary>
public sealed class ReminderRouter(IOptions<RemindersOptions> options)
{
    public ReminderRoute Route(ReminderNotice notice)
    {
        var ticket = notice.Ticket;
        var cityChannel = ChannelOf(ticket.City);
        return notice.Reminder.Target switch
        {
            ReminderTarget.Owner => new ReminderRoute(ticket.Owner, cityChannel, ticket.Owner),
            ReminderTarget.Channel => new ReminderRoute(null, cityChannel, ticket.Owner),
            _ => OnCall(LocalTimes.DayIn(notice.Reminder.DueUtc, TimeZoneInfo.FindSystemTimeZoneById(notice.Reminder.TimeZone)), cityChannel),
        };
    }

    /// <summary>The team channel of a city: its row in <c>Reminders:Channels</c>, else <c>Reminders:DefaultChannel</c>.</summary>
    public string? ChannelOf(string city) => options.Value.Teams.Of(city);

    /// <summary>The rotation's person for the week of <paramref name="day"/> (weeks counted from RotationStart), or null without a rotation.</summary>
    public string? OnCallPerson(DateOnly day)
    {
        var onCall = options.Value.OnCall;
        if (onCall.Rotation.Count == 0)
        {
            return null;
        }
        var week = (int)Math.Floor((day.DayNumber - onCall.RotationStart.DayNumber) / 7.0);
        return onCall.Rotation[((week % onCall.Rotation.Count) + onCall.Rotation.Count) % onCall.Rotation.Count];
    }

    private ReminderRoute OnCall(DateOnly day, string? cityChannel)
    {
        var person = OnCallPerson(day);
        return new ReminderRoute(person, options.Value.OnCall.Channel ?? cityChannel, person);
    }
}

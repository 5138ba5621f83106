namespace OneJanitorial.Bot.Reminders;

/// <summary>Who a reminder goes to: the ticket owner, the team channel of the ticket's city, or whoever is on call.</summary>
public enum ReminderTarget
{
    Owner,
    Channel,
    OnCall,
}

public static class ReminderTargets
{
    public static string Name(this ReminderTarget target) => target switch
    {
        ReminderTarget.Owner => "owner",
        ReminderTarget.Channel => "channel",
        _ => "on-call",
    };
}

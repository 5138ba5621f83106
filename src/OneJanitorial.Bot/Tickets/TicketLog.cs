namespace OneJanitorial.Bot.Tickets;

/// <summary>One line per ticket change an operator follows: numbers and types, never note text.</summary>
internal static partial class TicketLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Ticket {Number} created ({Type}, {Stage})")]
    public static partial void Created(ILogger logger, long number, string type, string stage);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Ticket {Number} was already created by this intake submit; answered with it again")]
    public static partial void Repeated(ILogger logger, long number);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Ticket {Number} closed")]
    public static partial void Closed(ILogger logger, long number);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Ticket {Number} moved from {From} to {To}")]
    public static partial void Moved(ILogger logger, long number, string from, string to);

    /// <summary>Logs a close or a stage move; field edits are in the ticket's history only.</summary>
    public static void StageChange(ILogger logger, Ticket before, Ticket after)
    {
        if (after.IsClosed && !before.IsClosed)
        {
            Closed(logger, after.Number);
        }
        else if (after.Stage != before.Stage)
        {
            Moved(logger, after.Number, before.Stage.Name(), after.Stage.Name());
        }
    }
}

using System.Text.Json;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// One <c>reminders preview --json</c> line: the recap-shaped ticket line (plus optional <c>nextCleanAt</c>,
/// <c>reviewRequestedAt</c>, <c>clientRespondedAt</c>) planned by the ticket rules, then its due reminders as of now.
/// </summary>
public sealed class ReminderPreview(TicketService tickets, ReminderSettings settings, TimeProvider clock)
{
    /// <summary>The output line, and whether the input line could be used.</summary>
    public async Task<(string Json, bool Ok)> LineAsync(string line, int lineNumber, CancellationToken cancellationToken)
    {
        try
        {
            var json = RecapTicketInput.ParseObject(line);
            var input = RecapTicketInput.Parse(json);
            var facts = PreviewFacts.Read(json, input.TimeZone);
            var plan = await tickets.PlanAsync(input.Intake, cancellationToken);
            var reminders = ReminderRules.Derive(facts.Ticket(input, plan), facts.Events(input.TimeZone), settings, clock.GetUtcNow());
            return (ReminderJson.Line(reminders), true);
        }
        catch (RecapInputException e)
        {
            var error = new RecapJsonError(lineNumber, e.Field.Length > 0 ? e.Field : null, e.Message);
            return (JsonSerializer.Serialize(error, RecapJsonContext.Readable.RecapJsonError), false);
        }
    }
}

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
        var (input, error) = RecapTicketInput.Parse(line);
        if (input is null)
        {
            return Error(lineNumber, error!);
        }
        var planned = await tickets.PlanAsync(input.Intake, cancellationToken);
        if (planned.Plan is not { } plan)
        {
            return Error(lineNumber, new RecapInputError(planned.Errors[0].Field, planned.Errors[0].Message));
        }
        var (ticket, ticketError) = input.Ticket(plan);
        if (ticket is null)
        {
            return Error(lineNumber, ticketError!);
        }
        var reader = new RecapLineReader(input.Json);
        var facts = PreviewFacts.Read(reader, input.TimeZone);
        if (reader.Error is { } factsError)
        {
            return Error(lineNumber, factsError);
        }
        var reminders = ReminderRules.Derive(facts.Ticket(ticket, input.TimeZone), facts.Events(input.TimeZone), settings, clock.GetUtcNow());
        return (ReminderJson.Line(reminders), true);
    }

    private static (string Json, bool Ok) Error(int lineNumber, RecapInputError error) =>
        (JsonSerializer.Serialize(new RecapJsonError(lineNumber, error.Field, error.Message), RecapJsonContext.Readable.RecapJsonError), false);
}

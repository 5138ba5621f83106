using System.CommandLine;
using System.Text.Json;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// <c>recap [--json]</c>: one ticket per stdin line in, one recap per line out. A bad line yields an error
/// object naming the field and the run goes on.
/// </summary>
public static class RecapCommand
{
    public static Command Create(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "one JSON object per line (default: readable text)" };
        var command = new Command("recap", "cleaner recap email per ticket line on stdin") { json };
        command.SetAction((parse, cancellationToken) => RunAsync(cli, parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, bool json, CancellationToken cancellationToken)
    {
        var writer = context.Services.GetRequiredService<RecapWriter>();
        var tickets = context.Services.GetRequiredService<TicketService>();
        var lineNumber = 0;
        var failures = 0;
        while (await context.In.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (facts, error) = await FactsAsync(tickets, line, cancellationToken);
            if (facts is null)
            {
                failures++;
                var output = new RecapJsonError(lineNumber, error!.Field, error.Message);
                await (json ? context.Out : context.Error).WriteLineAsync(JsonSerializer.Serialize(output, RecapJsonContext.Readable.RecapJsonError));
                continue;
            }
            var recap = await writer.WriteAsync(facts, cancellationToken);
            await context.Out.WriteLineAsync(json
                ? JsonSerializer.Serialize(RecapJsonLine.From(recap), RecapJsonContext.Readable.RecapJsonLine)
                : Readable(recap));
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// The recap facts of a line: ticket type (incl. First Two Weeks) and strike number from the rules and the store's
    /// history. A ticket that is no strike (client update, extra service, cancelling) gets no cleaner recap.
    /// </summary>
    private static async Task<(RecapFacts? Facts, RecapInputError? Error)> FactsAsync(TicketService tickets, string text, CancellationToken cancellationToken)
    {
        var (line, error) = RecapTicketInput.Parse(text);
        if (line is null)
        {
            return (null, error);
        }
        var planned = await tickets.PlanAsync(line.Intake, cancellationToken);
        if (planned.Plan is not { } plan)
        {
            return (null, new RecapInputError(planned.Errors[0].Field, planned.Errors[0].Message));
        }
        var (ticket, ticketError) = line.Ticket(plan);
        if (ticket is null)
        {
            return (null, ticketError);
        }
        if (!plan.Type.CountsAsServiceIssue())
        {
            return (null, new RecapInputError("category", $"A cleaner recap follows a service issue; a {plan.Type.Name()} ticket is not one."));
        }
        var found = RecapFacts.From(ticket);
        return found.Facts is { } facts ? (facts, null) : (null, new RecapInputError(null, found.NotReadyReason!));
    }

    private static string Readable(Recap recap) =>
        $"To: {recap.To}\nSubject: {recap.Subject}\nWritten by: {recap.Generator.ToString().ToLowerInvariant()}"
        + (recap.FallbackReason is null ? "" : $" ({recap.FallbackReason})") + "\n\n" + recap.Body;
}

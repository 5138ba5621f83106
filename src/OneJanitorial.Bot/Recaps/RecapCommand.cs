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
            try
            {
                var input = RecapTicketInput.Parse(line);
                // Ticket type (incl. First Two Weeks) and strike number from the rules and the store's history.
                var plan = await tickets.PlanAsync(input.Intake, cancellationToken);
                var recap = await writer.WriteAsync(input.ToFacts(plan), cancellationToken);
                await context.Out.WriteLineAsync(json
                    ? JsonSerializer.Serialize(RecapJsonLine.From(recap), RecapJsonContext.Readable.RecapJsonLine)
                    : Readable(recap));
            }
            catch (RecapInputException e)
            {
                failures++;
                var error = new RecapJsonError(lineNumber, e.Field.Length > 0 ? e.Field : null, e.Message);
                await (json ? context.Out : context.Error).WriteLineAsync(JsonSerializer.Serialize(error, RecapJsonContext.Readable.RecapJsonError));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static string Readable(Recap recap) =>
        $"To: {recap.To}\nSubject: {recap.Subject}\nWritten by: {recap.Generator.ToString().ToLowerInvariant()}"
        + (recap.FallbackReason is null ? "" : $" ({recap.FallbackReason})") + "\n\n" + recap.Body;
}

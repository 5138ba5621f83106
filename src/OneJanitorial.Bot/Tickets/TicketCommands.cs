using System.CommandLine;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Tickets;

/// <summary>The <c>ticket-plan</c> and <c>tickets import</c> commands.</summary>
public static class TicketCommands
{
    public static Command CreatePlan(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "JSON lines in and out (required: the only format)" };
        var command = new Command("ticket-plan", "one intake per stdin line → one SOP ticket plan per line") { json };
        command.SetAction((parse, cancellationToken) => parse.GetValue(json)
            ? PlanAsync(cli, cancellationToken)
            : throw new CliUsageException("ticket-plan reads and writes JSON lines: pass --json"));
        return command;
    }

    public static Command CreateTickets(CliContext cli)
    {
        var file = new Argument<FileInfo>("file.csv") { Description = "RFC 4180 CSV exported from the CRM" }.AcceptExistingOnly();
        var import = new Command("import", "load tickets exported from the CRM (all rows or none)") { file };
        import.SetAction((parse, cancellationToken) => ImportAsync(cli, parse.GetRequiredValue(file), cancellationToken));
        return new Command("tickets", "the ticket store") { import };
    }

    private static async Task<int> PlanAsync(CliContext cli, CancellationToken cancellationToken)
    {
        var service = cli.Services.GetRequiredService<TicketService>();
        while (await cli.In.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            await cli.Out.WriteLineAsync(await PlanLineAsync(service, line, cancellationToken));
        }
        return 0;
    }

    private static async Task<string> PlanLineAsync(TicketService service, string line, CancellationToken cancellationToken)
    {
        var (intake, error) = TicketPlanRequestMapper.Parse(line);
        if (error is not null)
        {
            return TicketPlanJson.Serialize(error);
        }
        var planned = await service.PlanAsync(intake!, cancellationToken);
        return planned.Plan is { } plan
            ? TicketPlanJson.Serialize(TicketPlanResponse.From(plan))
            : TicketPlanJson.Serialize(new TicketPlanError(planned.Errors[0].Message, planned.Errors[0].Field));
    }

    private static async Task<int> ImportAsync(CliContext context, FileInfo file, CancellationToken cancellationToken)
    {
        using var csv = file.OpenText();
        var services = context.Services;
        var settings = TicketRuleSettings.From(services.GetRequiredService<IOptions<TicketsOptions>>().Value);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (tickets, rejects) = TicketCsvImporter.Parse(csv, settings, now);
        if (rejects.Count > 0)
        {
            foreach (var reject in rejects)
            {
                await context.Error.WriteLineAsync($"line {reject.Line}: {reject.Reason}");
            }
            await context.Error.WriteLineAsync($"{rejects.Count} row(s) rejected; nothing imported.");
            return 1;
        }
        var outcome = await services.GetRequiredService<ITicketStore>().ImportAsync(tickets, "tickets import", cancellationToken);
        await context.Out.WriteLineAsync($"imported {outcome.Imported} ticket(s)");
        if (outcome.SkippedCrmIds.Count > 0)
        {
            await context.Out.WriteLineAsync($"skipped {outcome.SkippedCrmIds.Count} already imported: {string.Join(", ", outcome.SkippedCrmIds)}");
        }
        return 0;
    }
}

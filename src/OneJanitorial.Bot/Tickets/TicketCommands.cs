using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Tickets;

/// <summary>The <c>ticket-plan</c> and <c>tickets import</c> commands.</summary>
public static class TicketCommands
{
    public const string PlanUsage = "ticket-plan --json        one intake per stdin line → one SOP ticket plan per line";
    public const string TicketsUsage = "tickets import <file.csv> load tickets exported from the CRM (all rows or none)";

    public static async Task<int> PlanAsync(CliContext context)
    {
        if (!context.HasFlag("--json"))
        {
            throw new CliUsageException("ticket-plan reads and writes JSON lines: pass --json");
        }
        var service = context.Services.GetRequiredService<TicketService>();
        while (await context.In.ReadLineAsync(context.CancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            await context.Out.WriteLineAsync(await PlanLineAsync(service, line, context.CancellationToken));
        }
        return 0;
    }

    public static async Task<int> TicketsAsync(CliContext context)
    {
        var args = context.Positionals;
        if (args.Count != 2 || !string.Equals(args[0], "import", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException("expected: tickets import <file.csv>");
        }
        if (!File.Exists(args[1]))
        {
            throw new CliUsageException($"no such file: {args[1]}");
        }
        using var file = new StreamReader(args[1]);
        return await ImportAsync(context, file);
    }

    private static async Task<string> PlanLineAsync(TicketService service, string line, CancellationToken cancellationToken)
    {
        var (intake, error) = TicketPlanRequestMapper.Parse(line);
        if (error is not null)
        {
            return TicketPlanJson.Serialize(error);
        }
        var plan = await service.PlanAsync(intake!, cancellationToken);
        return TicketPlanJson.Serialize(TicketPlanResponse.From(plan));
    }

    private static async Task<int> ImportAsync(CliContext context, TextReader csv)
    {
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
        var outcome = await services.GetRequiredService<ITicketStore>().ImportAsync(tickets, "tickets import", context.CancellationToken);
        await context.Out.WriteLineAsync($"imported {outcome.Imported} ticket(s)");
        if (outcome.SkippedCrmIds.Count > 0)
        {
            await context.Out.WriteLineAsync($"skipped {outcome.SkippedCrmIds.Count} already imported: {string.Join(", ", outcome.SkippedCrmIds)}");
        }
        return 0;
    }
}

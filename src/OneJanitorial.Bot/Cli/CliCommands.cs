using System.Data.Common;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Cli;

/// <summary>
/// The command line: <c>dotnet run --project src/OneJanitorial.Bot -- &lt;command&gt;</c>. Every command
/// builds the same services as the web host, so chat and CLI share one code path.
/// </summary>
public static class CliCommands
{
    private delegate Task<int> Command(CliContext context);

    private static readonly Dictionary<string, (string Usage, Command Run)> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        // Each feature adds its commands here.
        ["help"] = ("help                      this list", PrintHelpAsync),
        ["manifest"] = (Channels.Teams.AppPackageCommand.Usage, Channels.Teams.AppPackageCommand.RunAsync),
        ["chat"] = (Channels.Console.ChatCommand.Usage, Channels.Console.ChatCommand.RunAsync),
        ["cards"] = (Cards.CardsCommand.Usage, Cards.CardsCommand.RunAsync),
        ["ticket-plan"] = (Tickets.TicketCommands.PlanUsage, Tickets.TicketCommands.PlanAsync),
        ["tickets"] = (Tickets.TicketCommands.TicketsUsage, Tickets.TicketCommands.TicketsAsync),
        ["recap"] = (Recaps.RecapCommand.Usage, Recaps.RecapCommand.RunAsync),
        ["reminders"] = (Reminders.RemindersCommand.Usage, Reminders.RemindersCommand.RunAsync),
        ["ask"] = (Sop.SopCommands.AskUsage, Sop.SopCommands.AskAsync),
        ["feedback"] = (Sop.SopCommands.FeedbackUsage, Sop.SopCommands.FeedbackAsync),
    };

    public static bool IsCommand(string arg) => Commands.ContainsKey(arg) || arg is "--help" or "-h";

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var name = args[0] is "--help" or "-h" ? "help" : args[0];
        using var context = CliContext.Create(args[1..], stdin, stdout, stderr, cancellationToken);
        try
        {
            return await Commands[name].Run(context);
        }
        catch (CliUsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            await stderr.WriteLineAsync($"usage: {Commands[name].Usage}");
            return 2;
        }
        catch (OptionsValidationException e)
        {
            // Bad settings are the operator's to fix: say which, without a stack trace.
            await stderr.WriteLineAsync($"error: configuration is invalid: {string.Join(" ", e.Failures)}");
            return 3;
        }
        catch (Exception e) when (e is DbException || e.InnerException is DbException)
        {
            // Storage wraps open/migrate failures with where it looked (never the password).
            await stderr.WriteLineAsync($"error: database: {OneLine(e.Message)}");
            return 4;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("cancelled");
            return 130;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static async Task<int> PrintHelpAsync(CliContext context)
    {
        await context.Out.WriteLineAsync("usage: dotnet run --project src/OneJanitorial.Bot -- <command>");
        await context.Out.WriteLineAsync("       (no command: run the bot at " + BotHost.DefaultUrl + ")");
        foreach (var (usage, _) in Commands.Values)
        {
            await context.Out.WriteLineAsync("  " + usage);
        }
        return 0;
    }
}

public sealed class CliUsageException(string message) : Exception(message);

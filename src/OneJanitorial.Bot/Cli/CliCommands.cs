using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Cli;

/// <summary>
/// The command line: <c>dotnet run --project src/OneJanitorial.Bot -- &lt;command&gt;</c> (System.CommandLine).
/// Every command builds the same services as the web host, so chat and CLI share one code path.
/// Exit codes: 0 ok, 1 the command failed, 2 usage error, 3 invalid configuration, 4 database, 130 cancelled.
/// </summary>
public static class CliCommands
{
    // Each feature adds its command here: a factory building a System.CommandLine command whose action uses the context.
    private static readonly Func<CliContext, Command>[] Features =
    [
        Channels.Teams.AppPackageCommand.Create,
        Channels.Console.ChatCommand.Create,
        Channels.CardsCommand.Create,
        Tickets.TicketCommands.CreatePlan,
        Tickets.TicketCommands.CreateTickets,
        Recaps.RecapCommand.Create,
        Reminders.RemindersCommand.Create,
        Huddles.HuddleCommand.Create,
        Surveys.ClientsCommand.Create,
        Sop.SopCommands.CreateAsk,
        Sop.SopCommands.CreateFeedback,
        Sop.Knowledge.KnowledgeCommand.Create,
    ];

    /// <summary>What System.CommandLine returns when a command is still running <c>ProcessTerminationTimeout</c> after Ctrl-C.</summary>
    private const int ForcedSigIntExitCode = 130;

    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    public static bool IsCommand(string arg)
    {
        using var context = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null);
        return arg is "--help" or "-h" or "-?" || BuildRoot(context).Subcommands.Any(c => c.Name == arg);
    }

    /// <summary>The process entry: console streams, and Ctrl-C (SIGINT) / SIGTERM cancel the running command.</summary>
    public static Task<int> RunConsoleAsync(string[] args) =>
        RunAsync(args, new CancellableLineReader(Console.In), Console.Out, Console.Error, TimeSpan.FromSeconds(2), CancellationToken.None);

    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, stdin, stdout, stderr, processTerminationTimeout: null, cancellationToken);

    private static async Task<int> RunAsync(
        string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeSpan? processTerminationTimeout, CancellationToken cancellationToken)
    {
        using var context = new CliContext(stdin, stdout, stderr);
        var parse = BuildRoot(context).Parse(args, Parser);
        if (parse.Errors.Count > 0)
        {
            return await UsageErrorAsync(stderr, parse.Errors.Select(e => e.Message), parse.CommandResult.Command);
        }
        var invocation = new InvocationConfiguration
        {
            Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = processTerminationTimeout,
        };
        try
        {
            var exitCode = await parse.InvokeAsync(invocation, cancellationToken);
            if (exitCode == ForcedSigIntExitCode)
            {
                // Ctrl-C and the command did not end within the termination timeout (a busy machine): System.CommandLine
                // answers 130 without an exception, and the user is owed the same word as when the command ends in time.
                await stderr.WriteLineAsync("cancelled");
            }
            return exitCode;
        }
        catch (CliUsageException e)
        {
            return await UsageErrorAsync(stderr, [e.Message], parse.CommandResult.Command);
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

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("One Janitorial CSR assistant. No command: run the bot at " + BotHost.DefaultUrl);
        foreach (var feature in Features)
        {
            root.Subcommands.Add(feature(context));
        }
        root.Subcommands.Add(CliUsage.HelpCommand(root, context));
        return root;
    }

    private static async Task<int> UsageErrorAsync(TextWriter stderr, IEnumerable<string> errors, Command command)
    {
        foreach (var error in errors)
        {
            await stderr.WriteLineAsync($"error: {error}");
        }
        foreach (var synopsis in CliUsage.Synopses(command))
        {
            await stderr.WriteLineAsync($"usage: {synopsis}");
        }
        return 2;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

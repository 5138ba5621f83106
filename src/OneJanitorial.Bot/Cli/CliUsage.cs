using System.CommandLine;
using System.CommandLine.Help;

namespace OneJanitorial.Bot.Cli;

/// <summary>One-line synopses of the commands (<c>cards export &lt;dir&gt;</c>), for usage errors and <c>help</c>.</summary>
public static class CliUsage
{
    public const string Invocation = "dotnet run --project src/OneJanitorial.Bot --";

    /// <summary>One line per runnable command under <paramref name="command"/>, named from the root down.</summary>
    public static IEnumerable<string> Synopses(Command command)
    {
        var prefix = string.Join(' ', PathOf(command));
        return Leaves(command, prefix).Select(leaf => leaf.Synopsis);
    }

    /// <summary><c>help</c>: every command with its description.</summary>
    public static Command HelpCommand(RootCommand root, CliContext cli)
    {
        var command = new Command("help", "this list");
        command.SetAction(async (_, cancellationToken) =>
        {
            await cli.Out.WriteLineAsync($"usage: {Invocation} <command> [--help]".AsMemory(), cancellationToken);
            await cli.Out.WriteLineAsync($"       (no command: run the bot at {BotHost.DefaultUrl})".AsMemory(), cancellationToken);
            foreach (var (synopsis, description) in root.Subcommands.SelectMany(sub => Leaves(sub, sub.Name)))
            {
                await cli.Out.WriteLineAsync($"  {synopsis,-50} {description}".AsMemory(), cancellationToken);
            }
            return 0;
        });
        return command;
    }

    private static IEnumerable<(string Synopsis, string? Description)> Leaves(Command command, string path) =>
        command.Subcommands.Count > 0
            ? command.Subcommands.SelectMany(sub => Leaves(sub, path + " " + sub.Name))
            : [(string.Join(' ', [path, .. command.Arguments.Select(Argument), .. command.Options.Where(Shown).Select(Option)]), command.Description)];

    private static IEnumerable<string> PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command { } c and not RootCommand; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }
        return names;
    }

    private static bool Shown(Option option) => !option.Hidden && option is not HelpOption and not VersionOption;

    private static string Argument(Argument argument)
    {
        var name = $"<{argument.HelpName ?? argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }

    private static string Option(Option option)
    {
        var flag = option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool);
        var text = flag ? option.Name : $"{option.Name} <{option.HelpName ?? option.Name.TrimStart('-')}>";
        return option.Required ? text : $"[{text}]";
    }
}

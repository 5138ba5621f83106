using System.CommandLine;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary><c>chat</c>: talk to the bot in the terminal, through the same pipeline as Teams.</summary>
public static class ChatCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("chat", "talk to the bot in this terminal (quit or Ctrl-D to leave)");
        command.SetAction((_, cancellationToken) => RunAsync(cli, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, CancellationToken cancellationToken)
    {
        var services = cli.Services;
        if (services.GetService<IStateStore>() is null)
        {
            await cli.Error.WriteLineAsync("error: chat needs a state store (IStateStore), which the storage feature registers.");
            return 1;
        }
        var user = new TurnUser(Environment.UserName, Environment.UserName);
        var chat = new ConsoleChat(
            services.GetRequiredService<ConversationBot>(), cli.In, cli.Out, services.GetRequiredService<TimeProvider>(), user);
        return await chat.RunAsync(cancellationToken);
    }
}

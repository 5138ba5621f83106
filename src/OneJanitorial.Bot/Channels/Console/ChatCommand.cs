using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary><c>chat</c>: talk to the bot in the terminal, through the same pipeline as Teams.</summary>
public static class ChatCommand
{
    public const string Usage = "chat                      talk to the bot in this terminal (quit or Ctrl-D to leave)";

    public static async Task<int> RunAsync(CliContext context)
    {
        var services = context.Services;
        if (services.GetService<IStateStore>() is null)
        {
            await context.Error.WriteLineAsync("error: chat needs a state store (IStateStore), which the storage feature registers.");
            return 1;
        }
        var user = new TurnUser(Environment.UserName, Environment.UserName);
        var chat = new ConsoleChat(
            services.GetRequiredService<ConversationBot>(), context.In, context.Out, services.GetRequiredService<TimeProvider>(), user);
        return await chat.RunAsync(context.CancellationToken);
    }
}

using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Console;

/// <summary><c>chat</c>: talk to the bot in the terminal, through the same pipeline as Teams.</summary>
public static class ChatCommand
{
    public const string Usage = "chat                      talk to the bot in this terminal (quit or Ctrl-D to leave)";

    public static Task<int> RunAsync(CliContext context)
    {
        var services = context.Services;
        var user = new TurnUser(Environment.UserName, Environment.UserName);
        var chat = new ConsoleChat(
            services.GetRequiredService<ConversationBot>(), context.In, context.Out, services.GetRequiredService<TimeProvider>(), user);
        return chat.RunAsync(context.CancellationToken);
    }
}

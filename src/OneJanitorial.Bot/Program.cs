using OneJanitorial.Bot;
using OneJanitorial.Bot.Cli;

if (args.Length > 0 && CliCommands.IsCommand(args[0]))
{
    return await CliCommands.RunConsoleAsync(args);
}

var app = BotHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

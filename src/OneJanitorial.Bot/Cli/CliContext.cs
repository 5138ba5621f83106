namespace OneJanitorial.Bot.Cli;

/// <summary>What a command's action gets besides its parsed values: the console streams and the bot's services.</summary>
public sealed class CliContext(TextReader stdin, TextWriter stdout, TextWriter stderr) : IDisposable
{
    // Built on first use, so parse errors and --help never touch configuration or storage.
    private readonly Lazy<IHost> _host = new(BotHost.BuildForCli);

    public TextReader In { get; } = stdin;
    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    public IServiceProvider Services => _host.Value.Services;

    public void Dispose()
    {
        if (_host.IsValueCreated)
        {
            _host.Value.Dispose();
        }
    }
}

namespace OneJanitorial.Bot.Cli;

/// <summary>What a command gets: its arguments, the console streams, and the bot's services.</summary>
public sealed class CliContext : IDisposable
{
    private readonly Lazy<ServiceProvider> _services;

    private CliContext(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        Args = args;
        In = stdin;
        Out = stdout;
        Error = stderr;
        CancellationToken = cancellationToken;
        _services = new Lazy<ServiceProvider>(BuildServices);
    }

    public string[] Args { get; }
    public TextReader In { get; }
    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public CancellationToken CancellationToken { get; }

    public IServiceProvider Services => _services.Value;

    public bool HasFlag(string flag) => Args.Contains(flag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Arguments that are not flags (do not start with --).</summary>
    public IReadOnlyList<string> Positionals => [.. Args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];

    public static CliContext Create(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        new(args, stdin, stdout, stderr, cancellationToken);

    private static ServiceProvider BuildServices()
    {
        var root = BotHost.ContentRoot();
        var configuration = new ConfigurationManager();
        configuration.SetBasePath(root);
        configuration.AddJsonFile("appsettings.json", optional: true);
        configuration.AddEnvironmentVariables("ONEJ_");
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new CliHostEnvironment(root));
        // CLI output is data on stdout; logs go to stderr and only when they matter.
        services.AddLogging(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddBot(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    public void Dispose()
    {
        if (_services.IsValueCreated)
        {
            _services.Value.Dispose();
        }
    }

    private sealed class CliHostEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "OneJanitorial.Bot";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.PhysicalFileProvider(root);
    }
}

using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot;

/// <summary>
/// Builds the host. The web host (Program and the tests through WebApplicationFactory) and the CLI share
/// <see cref="Configure"/>: the same configuration sources, the same services.
/// </summary>
public static class BotHost
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot() });
        Configure(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        var app = builder.Build();
        // Routing is checked at start: a verb two features claim stops the bot here, not at the first press.
        _ = app.Services.GetRequiredService<ConversationBot>();
        app.MapBot();
        return app;
    }

    /// <summary>The CLI's host: never started, only its services are used. Logs go to stderr, warnings and up.</summary>
    public static IHost BuildForCli()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = ContentRoot(), Args = [] });
        // CLI output is data on stdout; a provider-specific level wins over the appsettings' general ones.
        builder.Configuration.AddInMemoryCollection([new("Logging:Console:LogLevel:Default", "Warning")]);
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        Configure(builder);
        var host = builder.Build();
        // The host is never started, so build the telemetry providers here: CLI turns are traced like the bot's.
        _ = host.Services.GetService<OpenTelemetry.Trace.TracerProvider>();
        _ = host.Services.GetService<OpenTelemetry.Metrics.MeterProvider>();
        return host;
    }

    /// <summary>
    /// The repository root (where appsettings.json, knowledge/ and prompts/ live) when run from a checkout;
    /// otherwise the folder of the binary, where copies of them are shipped.
    /// </summary>
    public static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OneJanitorial.Bot.sln")))
            {
                return dir.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }

    private static void Configure(IHostApplicationBuilder builder)
    {
        // Environment variables with the ONEJ_ prefix override everything (e.g. ONEJ_Bot__MicrosoftAppId).
        builder.Configuration.AddEnvironmentVariables("ONEJ_");
        builder.Services.AddBot(builder.Configuration);
    }
}

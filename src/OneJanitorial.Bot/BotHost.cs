namespace OneJanitorial.Bot;

/// <summary>Builds the web host. Program and the tests (through WebApplicationFactory) use the same path.</summary>
public static class BotHost
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot() });
        AddDefaults(builder.Configuration);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Services.AddBot(builder.Configuration);
        var app = builder.Build();
        app.MapBot();
        return app;
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

    private static void AddDefaults(IConfigurationManager configuration)
    {
        // Environment variables with the ONEJ_ prefix override everything (e.g. ONEJ_Bot__MicrosoftAppId).
        configuration.AddEnvironmentVariables("ONEJ_");
    }
}

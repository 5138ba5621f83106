using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary><c>manifest pack</c>: writes the Teams app package to upload in Teams or the Developer Portal.</summary>
public static class AppPackageCommand
{
    public const string Usage = "manifest pack [--app-id <guid>] [--out <path.zip>]   zip the Teams app package (app id default: Bot:MicrosoftAppId)";
    public const string DefaultOutput = "artifacts/onejanitorial-teams-app.zip";
    public const string AppIdKey = "Bot:MicrosoftAppId";

    public static async Task<int> RunAsync(CliContext context)
    {
        if (context.Args is not ["pack", ..])
        {
            throw new CliUsageException("expected the subcommand 'pack'");
        }
        var appId = ResolveAppId(OptionValue(context.Args, "--app-id"), context.Services.GetRequiredService<IConfiguration>());
        var output = Path.GetFullPath(OptionValue(context.Args, "--out") ?? DefaultOutput);
        var source = Path.Combine(context.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, AppPackage.SourceFolder);

        // Built in memory first so a failure never leaves half a zip behind.
        using var package = new MemoryStream();
        try
        {
            await AppPackage.WriteAsync(source, appId, package, context.CancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllBytesAsync(output, package.ToArray(), context.CancellationToken);

        await context.Out.WriteLineAsync($"wrote {output} (app id {appId:D})");
        return 0;
    }

    /// <summary>The --app-id option, else the configured bot app id; a usage error when neither is a valid id.</summary>
    public static Guid ResolveAppId(string? option, IConfiguration configuration)
    {
        var value = option ?? configuration[AppIdKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CliUsageException($"no app id: pass --app-id <guid> or set {AppIdKey}");
        }
        return AppPackage.ParseAppId(value)
            ?? throw new CliUsageException($"'{value}' is not a valid app id: expected the bot's Microsoft App ID, a GUID like 3f2b6c1e-8a4d-4c2e-9b1a-5d6e7f8a9b0c");
    }

    /// <summary>The value of <c>--name value</c> or <c>--name=value</c>; null when the option is absent.</summary>
    public static string? OptionValue(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
            if (args[i] == name)
            {
                return i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                    ? args[i + 1]
                    : throw new CliUsageException($"{name} needs a value");
            }
        }
        return null;
    }
}

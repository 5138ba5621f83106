using System.CommandLine;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary><c>manifest pack</c>: writes the Teams app package to upload in Teams or the Developer Portal.</summary>
public static class AppPackageCommand
{
    public const string DefaultOutput = "artifacts/onejanitorial-teams-app.zip";
    public const string AppIdKey = "Bot:MicrosoftAppId";

    public static Command Create(CliContext cli)
    {
        var appId = new Option<string>("--app-id") { HelpName = "guid", Description = $"the bot's Microsoft App ID (default: {AppIdKey})" };
        var output = new Option<string>("--out") { HelpName = "path.zip", Description = $"where to write the zip (default: {DefaultOutput})" };
        var pack = new Command("pack", "zip the Teams app package to upload in Teams or the Developer Portal") { appId, output };
        pack.SetAction((parse, cancellationToken) => PackAsync(cli, parse.GetValue(appId), parse.GetValue(output), cancellationToken));
        return new Command("manifest", "the Teams app package") { pack };
    }

    private static async Task<int> PackAsync(CliContext cli, string? appIdOption, string? outputOption, CancellationToken cancellationToken)
    {
        var appId = ResolveAppId(appIdOption, cli.Services.GetRequiredService<IConfiguration>());
        var output = Path.GetFullPath(outputOption ?? DefaultOutput);
        var source = Path.Combine(cli.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, AppPackage.SourceFolder);

        // Built in memory first so a failure never leaves half a zip behind.
        using var package = new MemoryStream();
        try
        {
            await AppPackage.WriteAsync(source, appId, package, cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            await cli.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllBytesAsync(output, package.ToArray(), cancellationToken);

        await cli.Out.WriteLineAsync($"wrote {output} (app id {appId:D})");
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
}

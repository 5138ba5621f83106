using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The bot on real Kestrel (anonymous local mode) and Microsoft's Agents Playground pointed at it, both on
/// loopback, with the Playground's two WebSocket streams connected. Shared by the end-to-end tests of one class.
/// </summary>
public sealed partial class PlaygroundFixture : IAsyncLifetime
{
    private const string PlaygroundFolder = "tests/playground";
    private const string PlaygroundPackage = "@microsoft/m365agentsplayground";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _playgroundOutput = new();
    private readonly TaskCompletionSource<int> _playgroundPort = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _workDir = Directory.CreateTempSubdirectory("onej-playground-").FullName;
    private WebApplication? _bot;
    private Process? _playground;

    internal PlaygroundApi Api { get; private set; } = null!;

    /// <summary>The running bot's services (to seed tickets and run a reminder pass, as its scheduler would).</summary>
    internal IServiceProvider BotServices => _bot!.Services;

    public async Task InitializeAsync()
    {
        var folder = NodeTool.RequireInstalled(PlaygroundFolder, PlaygroundPackage);
        var botEndpoint = await StartBotAsync();
        var port = await StartPlaygroundAsync(folder, botEndpoint);
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        using var connect = new CancellationTokenSource(StartTimeout);
        var messages = await PlaygroundStream.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), connect.Token);
        var log = await PlaygroundStream.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws/log/stream"), connect.Token);
        Api = new PlaygroundApi(new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) }, messages, log);
        Assert.Equal("pong", await Api.Http.GetStringAsync("_debug/ping", connect.Token));
    }

    private async Task<string> StartBotAsync()
    {
        // No app id: the bot runs in anonymous local mode, which is what the Playground speaks without credentials.
        // Its own database in the temp folder, so installs remembered by earlier runs never leak in.
        _bot = BotHost.Build(
        [
            "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--Storage:SqlitePath={Path.Combine(_workDir, "bot.db")}",
            $"--Reminders:DefaultChannel={PlaygroundApi.TeamChannel}",
        ]);
        await _bot.StartAsync();
        return _bot.Urls.Single().TrimEnd('/') + "/api/messages";
    }

    private async Task<int> StartPlaygroundAsync(string folder, string botEndpoint)
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "Playground", "playground.yml"), Path.Combine(_workDir, ".m365agentsplayground.yml"));
        var info = NodeTool.StartInfo(
            _workDir,
            "--require", Path.Combine(folder, "loopback.cjs"),
            Path.Combine(folder, "node_modules", PlaygroundPackage, "cli.js"),
            "-e", botEndpoint, "-c", "msteams", "-p", "0", "--disable-telemetry");
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "1";
        _playground = new Process { StartInfo = info, EnableRaisingEvents = true };
        _playground.OutputDataReceived += (_, e) => OnPlaygroundOutput(e.Data);
        _playground.ErrorDataReceived += (_, e) => OnPlaygroundOutput(e.Data);
        _playground.Exited += (_, _) => _playgroundPort.TrySetException(new InvalidOperationException("the Playground exited"));
        _playground.Start();
        _playground.StandardInput.Close();
        _playground.BeginOutputReadLine();
        _playground.BeginErrorReadLine();
        try
        {
            return await _playgroundPort.Task.WaitAsync(StartTimeout);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            Assert.Fail($"Agents Playground did not start ({e.Message}). Output:\n{PlaygroundOutput()}");
            throw;
        }
    }

    /// <summary>It prints "Listening on N" with the port it really took (it moves on when the asked one is busy).</summary>
    private void OnPlaygroundOutput(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_playgroundOutput)
        {
            _playgroundOutput.AppendLine(line);
        }
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _playgroundPort.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    internal string PlaygroundOutput()
    {
        var logFile = Path.Combine(_workDir, "devTools", "m365agentsplayground.log");
        lock (_playgroundOutput)
        {
            return _playgroundOutput + (File.Exists(logFile) ? File.ReadAllText(logFile) : "");
        }
    }

    public async Task DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
        if (_playground is not null)
        {
            if (!_playground.HasExited)
            {
                _playground.Kill(entireProcessTree: true);
                await _playground.WaitForExitAsync();
            }
            _playground.Dispose();
        }
        if (_bot is not null)
        {
            await _bot.StopAsync();
            await _bot.DisposeAsync();
        }
        Directory.Delete(_workDir, recursive: true);
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}

using System.Diagnostics;

namespace OneJanitorial.Bot.Tests.Cli;

/// <summary>Ctrl-C (SIGINT) reaches a running command as cancellation: "cancelled" on stderr and exit code 130.</summary>
public sealed class CliCancelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onej-cli-cancel-").FullName;

    [Fact]
    public async Task Chat_CtrlCWhileWaitingForInput_CancelledWithExitCode130()
    {
        using var process = StartBot("chat");
        // The prompt is written once the welcome turn is done and chat waits on stdin.
        await ReadUntilAsync(process.StandardOutput, "you> ");

        await SignalAsync(process.Id, "INT");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await ExitedAsync(process, timeout.Token);

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("cancelled", await process.StandardError.ReadToEndAsync(timeout.Token));
    }

    /// <summary>
    /// Starts the bot with SIGINT at its default disposition (<c>env --default-signal=INT</c> execs dotnet, same pid):
    /// an ignored SIGINT is inherited from whatever started the suite (a background job, <c>bash .ci/run &amp;</c>, ignores
    /// it), and .NET keeps an inherited ignored SIGINT ignored, so Ctrl-C would never reach chat.
    /// </summary>
    private Process StartBot(string command)
    {
        var start = new ProcessStartInfo("env")
        {
            ArgumentList = { "--default-signal=INT", "dotnet", typeof(Program).Assembly.Location, command },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ONEJ_Storage__SqlitePath"] = Path.Combine(_dir, "bot.db");
        start.Environment["ONEJ_ConnectionStrings__Postgres"] = "";
        return Process.Start(start)!;
    }

    private static async Task ReadUntilAsync(StreamReader output, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new System.Text.StringBuilder();
        var buffer = new char[256];
        while (!seen.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var read = await output.ReadAsync(buffer, timeout.Token);
            Assert.True(read > 0, $"the bot ended before printing '{marker}': {seen}");
            seen.Append(buffer, 0, read);
        }
    }

    /// <summary>
    /// Waits for the exit; when it does not come, fails with the child's kernel state (Z: it exited and was never
    /// reaped for this process to see; S or R: it is still running), its ignored signals (SigIgn: bit 1, 0x2, is
    /// SIGINT) and its stderr, so the next hang says which it was.
    /// </summary>
    private static async Task ExitedAsync(Process process, CancellationToken cancellationToken)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            var status = ProcStatus(process.Id, "State:") + "; " + ProcStatus(process.Id, "SigIgn:");
            process.Kill();
            var stderr = await process.StandardError.ReadToEndAsync(CancellationToken.None);
            Assert.Fail($"chat did not exit within 30 s of Ctrl-C; child {status}; stderr: {stderr}");
        }
    }

    private static string ProcStatus(int pid, string field) =>
        File.Exists($"/proc/{pid}/status") ? File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) ?? field + " ?" : "gone";

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

using System.Diagnostics;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>Runs the Node-based checkers under <c>tests/</c> (third-party validators and the Agents Playground).</summary>
internal static class NodeTool
{
    /// <summary>The folder of a Node project under the repository (e.g. tests/playground); fails clearly when it was not installed.</summary>
    public static string RequireInstalled(string relativeFolder, string package)
    {
        var folder = Path.Combine(BotHost.ContentRoot(), relativeFolder);
        if (!Directory.Exists(Path.Combine(folder, "node_modules", package)))
        {
            Assert.Fail($"{package} is not installed in {relativeFolder}: run `npm ci --prefix {relativeFolder}` from the repository root, or the README test command `bash tests/run.sh`, which installs it.");
        }
        return folder;
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return info;
    }

    /// <summary>Runs a script to completion; returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stderr = process.StandardError.ReadToEndAsync(cts.Token);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s");
        }
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}

using System.Diagnostics;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// A throwaway PostgreSQL cluster from the installed binaries: initdb into a temp folder, started with its Unix
/// socket in that folder and no TCP listener, durability off for speed. No port is taken: a free loopback port picked
/// before the seconds of initdb could be taken by another process (the suites of other worktrees run at the same time)
/// before the server bound it, and every PostgreSQL test then failed. PostgreSQL refuses to run as root, so under
/// root the binaries run as the <c>postgres</c> system user.
/// </summary>
internal sealed class LocalPostgresServer : IAsyncDisposable
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private const string SystemUser = "postgres";

    /// <summary>Only names the socket file (<c>.s.PGSQL.5432</c>) in the server's own folder.</summary>
    private const int Port = 5432;

    private readonly string _bin;
    private readonly string _root;

    private LocalPostgresServer(string bin, string root)
    {
        _bin = bin;
        _root = root;
    }

    private string DataDir => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    public string AdminConnectionString => $"Host={_root};Port={Port};Username={SystemUser};Database=postgres";

    public static async Task<LocalPostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed (no {BinariesRoot}/*/bin/initdb); the storage tests need a real server. " +
            "Install it with `apt-get install -y postgresql` (the README test command `bash tests/run.sh` does), or set ONEJ_TEST_POSTGRES to a connection string.");
        var root = Directory.CreateTempSubdirectory("onej-pg-").FullName;
        var server = new LocalPostgresServer(bin, root);
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", [$"{SystemUser}:{SystemUser}", root], root, cancellationToken);
            }
            await server.InitAndStartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task InitAndStartAsync(CancellationToken cancellationToken)
    {
        await RunAsPostgresAsync("initdb", ["-D", DataDir, "-U", SystemUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken);
        await StartServerAsync(cancellationToken);
    }

    /// <summary>Shuts the server down (fast: open sessions are ended), keeping its data for <see cref="StartServerAsync"/>.</summary>
    public Task StopServerAsync(CancellationToken cancellationToken) =>
        RunAsPostgresAsync("pg_ctl", ["-D", DataDir, "-m", "fast", "-w", "stop"], cancellationToken);

    /// <summary>Starts the server on its data folder (again, after <see cref="StopServerAsync"/>).</summary>
    public async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var settings = $"-p {Port} -c listen_addresses='' -c unix_socket_directories={_root} " +
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        try
        {
            await RunAsPostgresAsync("pg_ctl", ["-D", DataDir, "-l", LogFile, "-o", settings, "-w", "-t", "60", "start"], cancellationToken);
        }
        catch (InvalidOperationException e) when (File.Exists(LogFile))
        {
            throw new InvalidOperationException($"{e.Message}\nserver log:\n{await File.ReadAllTextAsync(LogFile, cancellationToken)}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await RunAsPostgresAsync("pg_ctl", ["-D", DataDir, "-m", "immediate", "-w", "stop"], timeout.Token);
        }
        Directory.Delete(_root, recursive: true);
    }

    private static string? FindBinaries() =>
        !Directory.Exists(BinariesRoot) ? null : Directory.GetDirectories(BinariesRoot)
            .Select(dir => (Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0, Bin: Path.Combine(dir, "bin")))
            .Where(x => File.Exists(Path.Combine(x.Bin, "initdb")) && File.Exists(Path.Combine(x.Bin, "pg_ctl")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Bin)
            .FirstOrDefault();

    private Task RunAsPostgresAsync(string tool, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_bin, tool);
        return Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", SystemUser, "--", path, .. args], _root, cancellationToken)
            : RunAsync(path, args, _root, cancellationToken);
    }

    private static async Task RunAsync(string file, IEnumerable<string> args, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await stdout}{await stderr}");
        }
    }
}

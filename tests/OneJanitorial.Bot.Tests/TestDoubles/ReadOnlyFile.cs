using System.Diagnostics;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Makes a file read-only until disposed. Root ignores file modes, so under root the file is made immutable
/// (<c>chattr +i</c>, which root obeys); otherwise its mode becomes 0444.
/// </summary>
internal sealed class ReadOnlyFile : IAsyncDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;

    private ReadOnlyFile(string path, UnixFileMode mode)
    {
        _path = path;
        _mode = mode;
    }

    public static async Task<ReadOnlyFile> MakeAsync(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Read-only files are made with Unix file modes.");
        }
        var file = new ReadOnlyFile(path, File.GetUnixFileMode(path));
        if (Environment.IsPrivilegedProcess)
        {
            await ChattrAsync("+i", path);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        return file;
    }

    public async ValueTask DisposeAsync()
    {
        if (Environment.IsPrivilegedProcess)
        {
            await ChattrAsync("-i", _path);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, _mode);
        }
    }

    private static async Task ChattrAsync(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("could not start chattr");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} {path} failed: {error}");
        }
    }
}

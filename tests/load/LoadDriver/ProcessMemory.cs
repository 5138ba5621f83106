namespace OneJanitorial.Bot.Load;

/// <summary>Peak resident memory of a process (Linux <c>/proc/{pid}/status</c>, VmHWM).</summary>
public static class ProcessMemory
{
    public static double RssMegabytes(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return double.NaN;
        }
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? double.NaN : long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}

namespace OneJanitorial.Bot.Load;

/// <summary>Peak resident memory (Linux <c>/proc/{pid}/status</c>, VmHWM) and CPU time used (<c>/proc/{pid}/stat</c>) of a process,
/// and the machine's idle time (<c>/proc/stat</c>).</summary>
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

    /// <summary>User plus system CPU time the process has used so far (clock ticks of 10 ms); a busy shared machine slows
    /// every request down, but the CPU each reply costs stays comparable between runs.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path))
        {
            return TimeSpan.Zero;
        }
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return Ticks(fields[11]) + Ticks(fields[12]);
    }

    /// <summary>Idle time of all cores together so far (the "cpu" line of <c>/proc/stat</c>: idle plus iowait).</summary>
    public static TimeSpan MachineIdleTime()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Ticks(fields[4]) + Ticks(fields[5]);
    }

    private static TimeSpan Ticks(string field) =>
        TimeSpan.FromMilliseconds(long.Parse(field, System.Globalization.CultureInfo.InvariantCulture) * 10);
}

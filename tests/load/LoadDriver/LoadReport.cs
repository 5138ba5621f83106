using System.Globalization;

namespace OneJanitorial.Bot.Load;

/// <summary>The table the load script prints. "cores" is CPU time over wall time (2.0 = both cores of a 2-core machine);
/// "idle %" is the share of all cores no process used during the row.</summary>
public static class LoadReport
{
    public static int PrintHeader()
    {
        Console.WriteLine($"{"target",-44} {"replies/s",10} {"cards/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"CPU ms/reply",13} {"cores",6} {"driver ms/reply",16} {"cores",6} {"idle %",7} {"peak RSS MB",12}");
        return 0;
    }

    public static void Print(LoadRow row) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{row.Label,-44} {row.RepliesPerSecond,10:F0} {row.CardsPerSecond,10:F0} {row.P50Ms,8:F1} {row.P99Ms,8:F1} {row.Failures,7} {row.CpuMsPerReply,13:F3} {Cores(row.CpuMsPerReply, row),6:F2} {row.DriverCpuMsPerReply,16:F3} {Cores(row.DriverCpuMsPerReply, row),6:F2} {row.IdlePercent,7:F0} {row.RssMegabytes,12:F0}"));

    private static double Cores(double msPerReply, LoadRow row) => msPerReply * row.RepliesPerSecond / 1000;
}

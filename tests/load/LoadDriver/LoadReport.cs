using System.Globalization;

namespace OneJanitorial.Bot.Load;

/// <summary>The table the load script prints.</summary>
public static class LoadReport
{
    public static int PrintHeader()
    {
        Console.WriteLine($"{"target",-36} {"replies/s",10} {"cards/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"CPU ms/reply",13} {"peak RSS MB",12}");
        return 0;
    }

    public static void Print(LoadRow row) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{row.Label,-36} {row.RepliesPerSecond,10:F0} {row.CardsPerSecond,10:F0} {row.P50Ms,8:F1} {row.P99Ms,8:F1} {row.Failures,7} {row.CpuMsPerReply,13:F3} {row.RssMegabytes,12:F0}"));
}

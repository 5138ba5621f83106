using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>At most <see cref="Permits"/> Bot Connector calls in any <see cref="Window"/> (one row of Teams' rate-limit table).</summary>
public sealed class RateWindow
{
    public RateWindow()
    {
    }

    public RateWindow(int permits, TimeSpan window)
    {
        Permits = permits;
        Window = window;
    }

    [Range(1, 1_000_000)]
    public int Permits { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; }
}

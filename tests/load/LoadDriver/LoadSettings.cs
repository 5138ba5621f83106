namespace OneJanitorial.Bot.Load;

/// <summary>One load run: where to send, which process to measure, what to say, how hard and how long.</summary>
public sealed record LoadSettings(string Label, Uri Target, int Pid, string Text, int Connections, int Conversations, TimeSpan Duration)
{
    /// <summary>Requests before this long into the run warm the target up and are not counted.</summary>
    public TimeSpan Warmup => TimeSpan.FromSeconds(Math.Min(3, Duration.TotalSeconds / 4));
}

namespace OneJanitorial.Bot.Load;

/// <summary>
/// One load run: where to send, which process to measure, what to say (one text, or a list cycled through so that
/// consecutive messages differ), how hard and how long.
/// </summary>
public sealed record LoadSettings(string Label, Uri Target, int Pid, IReadOnlyList<string> Texts, int Connections, int Conversations, TimeSpan Duration)
{
    /// <summary>The text of a worker's n-th message: the workers walk the list together, each one step apart.</summary>
    public string TextOf(int worker, int n) => Texts[(int)((worker + (long)n * Connections) % Texts.Count)];

    /// <summary>Requests before this long into the run warm the target up and are not counted.</summary>
    public TimeSpan Warmup => TimeSpan.FromSeconds(Math.Min(3, Duration.TotalSeconds / 4));

    /// <summary>
    /// The fake connector's port (LOAD_CONNECTOR_PORT, default any free one). Teams keeps a conversation's serviceUrl, so
    /// run.sh gives each bot one port for its warm-up and its rows: a new serviceUrl per row would make every
    /// conversation's first message of the row store a changed conversation reference, which Teams never causes.
    /// </summary>
    public int ConnectorPort { get; init; } =
        int.TryParse(Environment.GetEnvironmentVariable("LOAD_CONNECTOR_PORT"), System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : 0;
}

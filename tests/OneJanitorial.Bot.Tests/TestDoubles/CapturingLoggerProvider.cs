using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Keeps every formatted log line (with its exception) so tests can check what is and is not logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, eventId.Id, formatter(state, exception) + " " + exception));
    }
}

public sealed record LogLine(string Category, int EventId, string Text);

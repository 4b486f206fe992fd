using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>Every log line the host writes, with its exception text, as a log sink would store it.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception)));
    }
}

public sealed record LogLine(LogLevel Level, string Category, string Text)
{
    public override string ToString() => $"{Level} {Category}: {Text}";
}

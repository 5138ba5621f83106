using System.Reflection;
using Microsoft.Extensions.Logging;

namespace OneJanitorial.Bot.Tests.Observability;

public sealed class LogEventIdTests
{
    /// <summary>Operators filter and alert on event ids: each log message has its own, given in the code, not a name hash.</summary>
    [Fact]
    public void LoggerMessages_EveryOne_HasAnExplicitEventIdOfItsOwn()
    {
        var messages = typeof(BotHost).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        Assert.True(messages.Count > 50, $"found only {messages.Count} log messages");
        Assert.Empty(messages.Where(m => m.Attribute!.EventId <= 0).Select(m => m.Method));
        Assert.Empty(messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}"));
    }
}

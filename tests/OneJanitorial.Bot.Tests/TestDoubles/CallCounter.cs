using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Wraps a real <typeparamref name="T"/> (an I/O seam such as <c>ITicketStore</c>) and counts the calls of each of
/// its methods by name, passing every call through unchanged.
/// </summary>
public class CallCounter<T> : DispatchProxy where T : class
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private T _inner = null!;

    public static (T Proxy, CallCounter<T> Calls) Wrap(T inner)
    {
        var proxy = Create<T, CallCounter<T>>();
        var counter = (CallCounter<T>)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    public int Count(string method) => _calls.TryGetValue(method, out var n) ? n : 0;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        _calls.AddOrUpdate(targetMethod!.Name, 1, (_, n) => n + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}

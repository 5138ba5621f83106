using System.Runtime.CompilerServices;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Hosts built by tests run no reminder scheduler: a Quartz pass every 30 s would post proactive messages into the
/// conversations other tests script. Reminder tests run passes themselves (<c>ReminderDispatcher.RunOnceAsync</c>).
/// </summary>
internal static class TestReminderDefaults
{
    private const string Variable = "ONEJ_Reminders__SchedulerEnabled";

    [ModuleInitializer]
    internal static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            Environment.SetEnvironmentVariable(Variable, "false");
        }
    }
}

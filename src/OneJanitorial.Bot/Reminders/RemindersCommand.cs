using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Reminders;

/// <summary><c>reminders preview --json</c>: one ticket per stdin line in (the recap shape), its due reminders out.</summary>
public static class RemindersCommand
{
    public const string Usage = "reminders preview --json  the due reminders of each ticket line on stdin";

    public static async Task<int> RunAsync(CliContext context)
    {
        if (context.Positionals is not ["preview", ..] || !context.HasFlag("--json"))
        {
            throw new CliUsageException("say 'reminders preview --json'.");
        }
        var preview = context.Services.GetRequiredService<ReminderPreview>();
        var lineNumber = 0;
        var failures = 0;
        while (await context.In.ReadLineAsync(context.CancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (json, ok) = await preview.LineAsync(line, lineNumber, context.CancellationToken);
            failures += ok ? 0 : 1;
            await context.Out.WriteLineAsync(json);
        }
        return failures == 0 ? 0 : 1;
    }
}

using System.CommandLine;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Reminders;

/// <summary><c>reminders preview --json</c>: one ticket per stdin line in (the recap shape), its due reminders out.</summary>
public static class RemindersCommand
{
    public static Command Create(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "JSON lines in and out (required: the only format)" };
        var preview = new Command("preview", "the due reminders of each ticket line on stdin") { json };
        preview.SetAction((parse, cancellationToken) => parse.GetValue(json)
            ? PreviewAsync(cli, cancellationToken)
            : throw new CliUsageException("say 'reminders preview --json'."));
        return new Command("reminders", "the SOP reminders of tickets") { preview };
    }

    private static async Task<int> PreviewAsync(CliContext cli, CancellationToken cancellationToken)
    {
        var preview = cli.Services.GetRequiredService<ReminderPreview>();
        var lineNumber = 0;
        var failures = 0;
        while (await cli.In.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (json, ok) = await preview.LineAsync(line, lineNumber, cancellationToken);
            failures += ok ? 0 : 1;
            await cli.Out.WriteLineAsync(json);
        }
        return failures == 0 ? 0 : 1;
    }
}

using System.CommandLine;
using System.Globalization;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// <c>reminders preview --json</c>: one ticket per stdin line in (the recap shape), its due reminders out.
/// <c>reminders list</c>: the stored tickets' reminders and the huddle posts still to send. <c>reminders failed</c>: deliveries that failed (retrying or given up).
/// </summary>
public static class RemindersCommand
{
    public static Command Create(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "JSON lines in and out (required: the only format)" };
        var preview = new Command("preview", "the due reminders of each ticket line on stdin") { json };
        preview.SetAction((parse, cancellationToken) => parse.GetValue(json)
            ? PreviewAsync(cli, cancellationToken)
            : throw new CliUsageException("say 'reminders preview --json'."));
        var list = new Command("list", "the stored tickets' reminders still to send (brings them up to date; sends nothing)");
        list.SetAction((_, cancellationToken) => ListAsync(cli, [DeliveryState.Pending, DeliveryState.Claimed], e => e.Attempts == 0, cancellationToken));
        var failed = new Command("failed", "reminder deliveries that failed: retrying, or given up after Reminders:MaxAttempts");
        failed.SetAction((_, cancellationToken) => ListAsync(cli, [DeliveryState.Failed, DeliveryState.Pending, DeliveryState.Claimed],
            e => e.State == DeliveryState.Failed || e.Attempts > 0, cancellationToken));
        return new Command("reminders", "the SOP reminders of tickets") { preview, list, failed };
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

    private static async Task<int> ListAsync(CliContext cli, IReadOnlyList<DeliveryState> states, Func<OutboxEntry, bool> keep, CancellationToken cancellationToken)
    {
        await cli.Services.GetRequiredService<ReminderDispatcher>().SyncAsync(cancellationToken);
        var entries = await cli.Services.GetRequiredService<ReminderOutbox>().ListAsync(states, 1000, cancellationToken);
        foreach (var entry in entries.Where(keep))
        {
            await cli.Out.WriteLineAsync(Line(entry));
        }
        return 0;
    }

    private static string Line(OutboxEntry entry)
    {
        var r = entry.Reminder;
        var due = $"{ReminderHistory.Stamp(r.DueUtc)}  {r.DueLocal.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {r.TimeZone}";
        var failure = entry.Attempts == 0 ? "" : $"  {entry.State.ToString().ToLowerInvariant()} after {entry.Attempts} attempt(s): {entry.LastError}";
        var what = r.Channel is { } channel ? $"{r.Kind.Name()} → {channel}" : $"ticket {r.TicketNumber}  {r.Kind.Name()} → {r.Target.Name()}";
        return $"{due}  {what}{failure}";
    }
}

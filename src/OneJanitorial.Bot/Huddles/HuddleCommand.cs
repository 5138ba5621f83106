using System.CommandLine;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Huddles;

/// <summary><c>huddle [--json] [--end-of-day]</c>: the digest of the stored tickets; text as the bot posts it, or its data as JSON.</summary>
public static class HuddleCommand
{
    public static Command Create(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "the digest's data: counts, KPIs with target and actual, flags with ticket numbers" };
        var endOfDay = new Option<bool>("--end-of-day") { Description = "the end-of-day digest (adds closed today and still untouched)" };
        var command = new Command("huddle", "the morning (or end-of-day) huddle digest of the stored tickets") { json, endOfDay };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kind = parse.GetValue(endOfDay) ? HuddleKind.EndOfDay : HuddleKind.Morning;
            var digest = await cli.Services.GetRequiredService<HuddleService>().BuildAsync(kind, cancellationToken);
            await cli.Out.WriteLineAsync(parse.GetValue(json) ? HuddleJson.Write(digest) : HuddleText.Render(digest));
            return 0;
        });
        return command;
    }
}

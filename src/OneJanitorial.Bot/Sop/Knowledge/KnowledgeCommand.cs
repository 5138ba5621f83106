using System.CommandLine;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>CLI: <c>knowledge status</c> lists the indexed documents, their sections and review dates, and those due for review.</summary>
public static class KnowledgeCommand
{
    public static Command Create(CliContext cli)
    {
        var status = new Command("status", "documents, section counts, reviewed dates; those older than Knowledge:ReviewEveryDays; alternate questions naming no section");
        status.SetAction((_, cancellationToken) => StatusAsync(cli, cancellationToken));
        return new Command("knowledge", "the SOP knowledge base") { status };
    }

    private static async Task<int> StatusAsync(CliContext cli, CancellationToken cancellationToken)
    {
        var knowledge = cli.Services.GetRequiredService<KnowledgeBase>();
        var snapshot = await knowledge.WhenReadyAsync(cancellationToken);
        var today = DateOnly.FromDateTime(cli.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var days = knowledge.Options.ReviewEveryDays;
        await KnowledgeStatus.WriteAsync(KnowledgeStatus.Of(snapshot, today, days), days, cli.Out, snapshot.Alternates);
        return 0;
    }
}

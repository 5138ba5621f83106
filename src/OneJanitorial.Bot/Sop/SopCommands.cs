using System.Text.Json;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Buckets;
using OneJanitorial.Bot.Sop.Chat;

namespace OneJanitorial.Bot.Sop;

/// <summary>CLI: <c>ask "question"</c>, <c>ask --json</c> (one question per stdin line), <c>feedback report</c>.</summary>
public static class SopCommands
{
    public const string AskUsage = "ask \"question\" | ask --json   answer from the SOP (--json: questions on stdin, JSON lines out)";
    public const string FeedbackUsage = "feedback report            SOP questions voted 👎 or not covered";

    public static async Task<int> AskAsync(CliContext context)
    {
        var answerer = context.Services.GetRequiredService<SopAnswerer>();
        var buckets = context.Services.GetService<BucketAdvisor>();
        if (context.HasFlag("--json"))
        {
            return await WriteJsonLinesAsync(answerer, buckets, context.In, context.Out, context.CancellationToken);
        }
        var question = string.Join(" ", context.Positionals).Trim();
        if (question.Length == 0)
        {
            throw new CliUsageException("give a question, or --json to read questions from stdin");
        }
        var answer = await AnswerAsync(answerer, buckets, question, context.CancellationToken);
        await context.Out.WriteAsync(Render(answer));
        return 0;
    }

    public static async Task<int> FeedbackAsync(CliContext context)
    {
        if (context.Positionals is not ["report"])
        {
            throw new CliUsageException("the only feedback command is: feedback report");
        }
        var store = context.Services.GetRequiredService<SopFeedbackStore>();
        if (!store.IsAvailable)
        {
            await context.Error.WriteLineAsync("No state store is configured, so no feedback has been recorded.");
        }
        await WriteFeedbackReportAsync(store, context.Out, context.CancellationToken);
        return 0;
    }

    /// <summary>Questions voted 👎 or not covered, oldest first: what the Service Manager should add to the SOP or glossary.</summary>
    public static async Task WriteFeedbackReportAsync(SopFeedbackStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var bad = (await store.ListAsync(cancellationToken)).Where(f => f.IsBad).OrderBy(f => f.AskedAt).ToList();
        await output.WriteLineAsync($"{bad.Count} question(s) answered badly or not covered");
        foreach (var item in bad)
        {
            var why = item.Covered ? "👎" : "not covered";
            var where = item.Citations.Count > 0 ? item.Citations[0].Section : "-";
            await output.WriteLineAsync($"{item.AskedAt:yyyy-MM-dd HH:mm}  {why,-11}  {item.UserName ?? item.UserId}  \"{item.Question}\"  → {where}");
        }
    }

    /// <summary>The answer as a person reads it in a terminal.</summary>
    public static string Render(SopAnswer answer)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.AppendLine().AppendLine("Sources:");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var c = answer.Citations[i];
                text.AppendLine($"  [{i + 1}] {c.Section} — {c.Document}#{c.Anchor} (score {c.Score:0.00})");
            }
        }
        return text.ToString();
    }

    // A bucket question that states its facts gets the bucket decision, as in chat; anything else the SOP answer.
    private static async Task<SopAnswer> AnswerAsync(SopAnswerer answerer, BucketAdvisor? buckets, string question, CancellationToken cancellationToken) =>
        buckets?.TryAnswer(question) is { } advice
            ? BucketAdvisor.ToSopAnswer(question, advice)
            : await answerer.AnswerAsync(question, cancellationToken);

    /// <summary><c>ask --json</c>: one question per input line, one <see cref="SopAnswerLine"/> per output line.</summary>
    public static async Task<int> WriteJsonLinesAsync(
        SopAnswerer answerer, BucketAdvisor? buckets, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var answer = await AnswerAsync(answerer, buckets, line, cancellationToken);
            await output.WriteLineAsync(JsonSerializer.Serialize(SopAnswerLine.From(answer), SopJsonContext.Readable.SopAnswerLine));
            await output.FlushAsync(cancellationToken);
        }
        return 0;
    }
}

using System.CommandLine;
using System.Text.Json;
using OneJanitorial.Bot.Cli;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Buckets;
using OneJanitorial.Bot.Sop.Chat;

namespace OneJanitorial.Bot.Sop;

/// <summary>CLI: <c>ask "question"</c>, <c>ask --json</c> (one question per stdin line), <c>feedback report</c>.</summary>
public static class SopCommands
{
    public static Command CreateAsk(CliContext cli)
    {
        var words = new Argument<string[]>("question") { Arity = ArgumentArity.ZeroOrMore, Description = "the question (quotes optional)" };
        var json = new Option<bool>("--json") { Description = "write one JSON object per question: the question given, else one per stdin line" };
        var command = new Command("ask", "answer from the SOP") { words, json };
        command.SetAction((parse, cancellationToken) => AskAsync(cli, parse.GetValue(words) ?? [], parse.GetValue(json), cancellationToken));
        return command;
    }

    public static Command CreateFeedback(CliContext cli)
    {
        var report = new Command("report", "SOP questions voted 👎 or not covered");
        report.SetAction((_, cancellationToken) => FeedbackReportAsync(cli, cancellationToken));
        return new Command("feedback", "what CSRs thought of the SOP answers") { report };
    }

    private static async Task<int> AskAsync(CliContext cli, string[] words, bool json, CancellationToken cancellationToken)
    {
        var answerer = cli.Services.GetRequiredService<SopAnswerCache>();
        var buckets = cli.Services.GetService<BucketAdvisor>();
        var question = string.Join(" ", words).Trim();
        if (json)
        {
            // A question on the command line is the one line to answer; stdin is read only without one.
            var input = question.Length > 0 ? new StringReader(question) : cli.In;
            return await WriteJsonLinesAsync(answerer, buckets, input, cli.Out, cancellationToken);
        }
        if (question.Length == 0)
        {
            throw new CliUsageException("give a question, or --json to read questions from stdin");
        }
        var answer = await AnswerAsync(answerer, buckets, question, cancellationToken);
        await cli.Out.WriteAsync(Render(answer));
        return 0;
    }

    private static async Task<int> FeedbackReportAsync(CliContext cli, CancellationToken cancellationToken)
    {
        var store = cli.Services.GetRequiredService<SopFeedbackStore>();
        if (!store.IsAvailable)
        {
            await cli.Error.WriteLineAsync("No state store is configured, so no feedback has been recorded.");
        }
        await WriteFeedbackReportAsync(store, cli.Out, cancellationToken);
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
    private static async Task<SopAnswer> AnswerAsync(SopAnswerCache answerer, BucketAdvisor? buckets, string question, CancellationToken cancellationToken) =>
        buckets?.TryAnswer(question) is { } advice
            ? BucketAdvisor.ToSopAnswer(question, advice)
            : await answerer.AnswerAsync(question, cancellationToken);

    /// <summary><c>ask --json</c>: one question per input line, one <see cref="SopAnswerLine"/> per output line.</summary>
    public static async Task<int> WriteJsonLinesAsync(
        SopAnswerCache answerer, BucketAdvisor? buckets, TextReader input, TextWriter output, CancellationToken cancellationToken)
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

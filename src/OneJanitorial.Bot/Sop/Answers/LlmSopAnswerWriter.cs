using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// The LLM path: the model sees only the retrieved passages, numbered, and answers as JSON citing them.
/// Any failure (model error or timeout, unusable JSON, a citation to a passage it was not given, no citation)
/// returns null, so <see cref="SopAnswerer"/> keeps the extractive answer.
/// </summary>
public sealed partial class LlmSopAnswerWriter(ILlmClient llm, PromptLibrary prompts, ILogger<LlmSopAnswerWriter> logger) : ISopAnswerWriter
{
    public const string SystemPrompt = "sop-answer.system.v1";
    public const string UserPrompt = "sop-answer.user.v1";

    /// <summary>Passages shown to the model, best first.</summary>
    public const int MaxPassages = 6;

    private static readonly Dictionary<string, string> NoValues = [];

    public async Task<SopAnswer?> WriteAsync(string question, IReadOnlyList<SopHit> passages, SopAnswer extractive, CancellationToken cancellationToken)
    {
        // Retrieval's decline stands: free chat text reaches the SOP feature too, and must not cost a model call.
        if (!extractive.Covered || passages.Count == 0)
        {
            return null;
        }
        var given = passages.Take(MaxPassages).ToList();
        var request = new LlmRequest(prompts.Render(SystemPrompt, NoValues), RenderRequest(extractive.Question, given), JsonOutput: true);
        string content;
        try
        {
            content = await llm.CompleteAsync(request, cancellationToken);
        }
        catch (LlmException e)
        {
            LogModelFailed(logger, e.Message);
            return null;
        }
        var reading = SopLlmReplyReader.Read(content, given.Count);
        if (reading.Problem is not null)
        {
            LogReplyRejected(logger, reading.Problem);
            return null;
        }
        return ToAnswer(extractive.Question, reading, given);
    }

    private string RenderRequest(string question, IReadOnlyList<SopHit> given)
    {
        var template = prompts.Get(UserPrompt);
        var blocks = given.Select((hit, i) => template.RenderBlock("passage", new Dictionary<string, string>
        {
            ["number"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["section"] = hit.Passage.Section,
            ["document"] = hit.Passage.Document,
            ["text"] = hit.Passage.Text,
        }));
        return template.RenderBlock("request", new Dictionary<string, string>
        {
            ["passages"] = string.Join("\n\n", blocks),
            ["question"] = question,
        });
    }

    private static SopAnswer ToAnswer(string question, SopLlmReading reading, IReadOnlyList<SopHit> given)
    {
        if (!reading.Covered)
        {
            return new SopAnswer(question, SopAnswer.NotCoveredText, false, []) { Generator = SopAnswerGenerator.Llm };
        }
        // Passages of one section are one source: they share its number, so no section is listed twice.
        var sources = new List<SopHit>();
        var listed = new Dictionary<int, int>();
        foreach (var n in reading.Cited)
        {
            var hit = given[n - 1];
            var at = sources.FindIndex(h => h.Passage.Document == hit.Passage.Document && h.Passage.Section == hit.Passage.Section);
            if (at < 0)
            {
                sources.Add(hit);
                at = sources.Count - 1;
            }
            listed[n] = at + 1;
        }
        var citations = sources
            .Select(h => new SopCitation(h.Passage.Document, h.Passage.Section, h.Passage.Anchor, Math.Round(h.Score, 4), h.Passage.Text))
            .ToList();
        var text = SopLlmReplyReader.Renumber(reading.Answer, listed);
        return new SopAnswer(question, text, true, citations) { Generator = SopAnswerGenerator.Llm };
    }

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "SOP answer: the model failed ({Error}); using the extractive answer")]
    private static partial void LogModelFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "SOP answer: the model's reply was rejected ({Problem}); using the extractive answer")]
    private static partial void LogReplyRejected(ILogger logger, string problem);
}

using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Writes the cleaner recap. With a model: the model drafts the four sections as JSON, the draft is validated,
/// one retry tells the model what was wrong, and the deterministic template replaces anything still invalid.
/// Without a model: the template.
/// </summary>
public sealed partial class RecapWriter(PromptLibrary prompts, ILogger<RecapWriter> logger, ILlmClient? llm = null)
{
    public const string SystemPrompt = "recap.system.v1";
    public const string UserPrompt = "recap.user.v1";
    public const string RetryPrompt = "recap.retry.v1";

    public async Task<Recap> WriteAsync(RecapFacts facts, CancellationToken cancellationToken)
    {
        var sheet = RecapFactSheet.Create(facts, prompts);
        if (llm is null)
        {
            return Template(sheet, reason: null);
        }
        var instructions = prompts.Render(SystemPrompt, new Dictionary<string, string>());
        var request = prompts.Render(UserPrompt, new Dictionary<string, string> { ["facts"] = sheet.ToPromptJson() });
        var prompt = request;
        IReadOnlyList<string> problems = [];
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            string answer;
            try
            {
                answer = await llm.CompleteAsync(new LlmRequest(instructions, prompt, JsonOutput: true), cancellationToken);
            }
            catch (LlmException e)
            {
                LogModelFailed(logger, e.Message);
                return Template(sheet, $"The model was unavailable ({e.Message}).");
            }
            var check = RecapDraftValidator.Validate(answer, sheet, instructions);
            if (check.IsValid)
            {
                return RecapComposer.Compose(sheet, check.Sections!, RecapGenerator.Llm, prompts);
            }
            problems = check.Problems;
            LogDraftRejected(logger, attempt, problems.Count);
            prompt = prompts.Render(RetryPrompt, new Dictionary<string, string>
            {
                ["request"] = request,
                ["problems"] = string.Join('\n', problems.Select(p => "- " + p)),
            });
        }
        return Template(sheet, "The model's draft failed validation twice: " + string.Join(" ", problems));
    }

    private Recap Template(RecapFactSheet sheet, string? reason) =>
        RecapComposer.Compose(sheet, RecapComposer.TemplateSections(sheet, prompts), RecapGenerator.Template, prompts) with { FallbackReason = reason };

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Recap: the model failed ({Error}); using the template")]
    private static partial void LogModelFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Recap: model draft {Attempt} rejected with {Count} problem(s)")]
    private static partial void LogDraftRejected(ILogger logger, int attempt, int count);
}

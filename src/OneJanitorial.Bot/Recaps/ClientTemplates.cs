using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Recaps;

/// <summary>The SOP's client email templates A–E.</summary>
public enum ClientTemplate
{
    /// <summary>Issue: enough information provided.</summary>
    A,

    /// <summary>Issue: more information needed.</summary>
    B,

    /// <summary>General inquiry / question.</summary>
    C,

    /// <summary>Confirmed correction.</summary>
    D,

    /// <summary>Feedback check-in, scheduled by <see cref="FeedbackCheckInSchedule"/>.</summary>
    E,
}

/// <summary>What a client email can say. Each template uses only some fields; a missing one it needs is an error naming it.</summary>
public sealed record ClientEmailFacts(string ClientFirstName, string Building)
{
    public string? CsrName { get; init; }
    public IReadOnlyList<string> Issue { get; init; } = [];
    public DateOnly? NextCleanDate { get; init; }
    public DateOnly? CorrectionDate { get; init; }
    public string? Answer { get; init; }
}

public sealed record ClientEmail(ClientTemplate Template, string Subject, string Body);

/// <summary>
/// Renders templates A–E from <c>prompts/email/client-*.v1.txt</c>. The CSR personalizes and proofreads before sending.
/// Subject and body are <see cref="VisibleText"/>: a direction override in a name would reorder the client's email.
/// </summary>
public sealed class ClientTemplates(PromptLibrary prompts)
{
    public ClientEmail Render(ClientTemplate template, ClientEmailFacts facts)
    {
        var file = prompts.Get($"email/client-{template.ToString().ToLowerInvariant()}.v1");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["clientFirstName"] = facts.ClientFirstName,
            ["building"] = facts.Building,
            ["signature"] = Signature(prompts, facts.CsrName),
        };
        if (facts.Issue.Count > 0) values["issueSummary"] = string.Join('\n', facts.Issue.Select(i => "- " + i.Trim()));
        if (facts.NextCleanDate is { } next) values["nextCleanDate"] = RecapFactSheet.FormatDate(next);
        if (facts.CorrectionDate is { } done) values["correctionDate"] = RecapFactSheet.FormatDate(done);
        if (!string.IsNullOrWhiteSpace(facts.Answer)) values["answer"] = facts.Answer.Trim();
        return new ClientEmail(template, VisibleText.Strip(file.RenderBlock("subject", values)), VisibleText.Strip(file.RenderBlock("body", values)) + "\n");
    }

    /// <summary>The CSR's signature, or the team's when the CSR is unknown.</summary>
    public static string Signature(PromptLibrary prompts, string? csrName) =>
        string.IsNullOrWhiteSpace(csrName)
            ? prompts.Get("email/signature.v1").RenderBlock("team", new Dictionary<string, string>())
            : prompts.Get("email/signature.v1").RenderBlock("named", new Dictionary<string, string> { ["csrName"] = csrName.Trim() });
}

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>Where an answer comes from: a passage of a knowledge document.</summary>
public sealed record SopCitation(string Document, string Section, string Anchor, double Score, string Text);

/// <summary>An answer to a CSR's question. <paramref name="Covered"/> is false when the SOP does not answer it.</summary>
/// <param name="Text">The answer as plain text (CLI, <c>ask --json</c>, card fallback); rendered from <see cref="Body"/> when there is one.</param>
public sealed record SopAnswer(string Question, string Text, bool Covered, IReadOnlyList<SopCitation> Citations)
{
    public const string NotCoveredText = "The SOP doesn't cover that — please ask your Service Manager.";

    /// <summary>Which path wrote the answer. Not part of the <c>ask --json</c> line.</summary>
    public SopAnswerGenerator Generator { get; init; } = SopAnswerGenerator.Extractive;

    /// <summary>The answer's structure, for channels that lay it out (cards); null for model-written and stored answers.</summary>
    public SopAnswerBody? Body { get; init; }

    /// <summary>An answer built from its structure: the text is the body rendered.</summary>
    public static SopAnswer From(string question, SopAnswerBody body, IReadOnlyList<SopCitation> citations) =>
        new(question, body.Render(), true, citations) { Body = body };
}

public enum SopAnswerGenerator
{
    /// <summary>Passages quoted as they are (no model, or the model's answer was unusable).</summary>
    Extractive,

    /// <summary>Written by the model from the retrieved passages, with validated citations.</summary>
    Llm,
}

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>Where an answer comes from: a passage of a knowledge document.</summary>
public sealed record SopCitation(string Document, string Section, string Anchor, double Score, string Text);

/// <summary>An answer to a CSR's question. <paramref name="Covered"/> is false when the SOP does not answer it.</summary>
public sealed record SopAnswer(string Question, string Text, bool Covered, IReadOnlyList<SopCitation> Citations)
{
    public const string NotCoveredText = "The SOP doesn't cover that — please ask your Service Manager.";

    /// <summary>Which path wrote the answer. Not part of the <c>ask --json</c> line.</summary>
    public SopAnswerGenerator Generator { get; init; } = SopAnswerGenerator.Extractive;
}

public enum SopAnswerGenerator
{
    /// <summary>Passages quoted as they are (no model, or the model's answer was unusable).</summary>
    Extractive,

    /// <summary>Written by the model from the retrieved passages, with validated citations.</summary>
    Llm,
}

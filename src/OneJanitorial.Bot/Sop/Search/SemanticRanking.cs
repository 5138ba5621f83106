namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question's semantic ranking: every passage by cosine similarity to it, best first, and the passages that have
/// situation cues (<see cref="SituationCue"/>) by their best cue's similarity to it, best first, and the sections
/// asked by their alternate questions.
/// </summary>
public sealed record SemanticRanking(IReadOnlyList<(int Id, double Similarity)> Passages, IReadOnlyList<(int Id, double Similarity)> Cues)
{
    /// <summary>The sections with alternate questions (<see cref="AlternateQuestions"/>) by their best question's similarity to it, best first.</summary>
    public IReadOnlyList<(string Section, double Similarity)> Sections { get; init; } = [];
}

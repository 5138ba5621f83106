namespace OneJanitorial.Bot.Sop.Search;

/// <summary>
/// A question's semantic ranking: every passage by cosine similarity to it, best first, and the passages that have
/// situation cues (<see cref="SituationCue"/>) by their best cue's similarity to it, best first.
/// </summary>
public sealed record SemanticRanking(IReadOnlyList<(int Id, double Similarity)> Passages, IReadOnlyList<(int Id, double Similarity)> Cues);

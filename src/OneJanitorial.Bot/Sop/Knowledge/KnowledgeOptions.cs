using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>Where the SOP knowledge comes from and how answers are judged (section "Knowledge").</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";
    public const string DefaultPath = "knowledge";

    /// <summary>Folders or files (relative to the content root, or absolute) of .md, .txt, .html, .docx, .pdf, glossary.json and *.questions.tsv (alternate questions).</summary>
    [Required]
    [MinLength(1, ErrorMessage = "Knowledge:Paths needs at least one folder or file.")]
    public List<string> Paths { get; set; } = [];

    /// <summary>Re-index when a knowledge file changes, after this quiet period.</summary>
    public bool Watch { get; set; } = true;

    [Range(0, 60_000)]
    public int ReloadDebounceMilliseconds { get; set; } = 500;

    /// <summary>Semantic retrieval with the embedded model (arctic-embed-xs, in process). An LLM provider's embeddings take precedence.</summary>
    public bool LocalEmbeddings { get; set; } = true;

    /// <summary>Passage vectors on disk, keyed by content hash; empty turns the cache off. Default: the user's local app data.</summary>
    public string? VectorCacheFile { get; set; }

    /// <summary>Vectors of the most recent distinct questions kept in memory (about 2 KB each with the local model); 0 keeps none.</summary>
    [Range(0, 100_000)]
    public int QuestionVectorCacheSize { get; set; } = 1024;

    /// <summary>Answers of the most recent distinct questions kept per index (a re-index empties it); 0 keeps none. Not used when a model writes the answers.</summary>
    [Range(0, 100_000)]
    public int AnswerCacheSize { get; set; } = 1024;

    /// <summary>Documents whose <c>reviewed:</c> date is older than this are listed as due by <c>knowledge status</c>.</summary>
    [Range(1, 3650)]
    public int ReviewEveryDays { get; set; } = 180;

    [Range(1, 10)]
    public int MaxCitations { get; set; } = 3;

    public string? ResolvedVectorCacheFile() => VectorCacheFile switch
    {
        null => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "OneJanitorial.Bot", "sop-vectors.bin"),
        "" => null,
        var path => path,
    };
}

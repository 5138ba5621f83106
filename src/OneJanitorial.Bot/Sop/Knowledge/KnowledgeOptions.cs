using System.ComponentModel.DataAnnotations;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>Where the SOP knowledge comes from and how answers are judged (section "Knowledge").</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";
    public const string DefaultPath = "knowledge";

    /// <summary>Folders or files (relative to the content root, or absolute) of .md, .txt, .html, .docx, .pdf and glossary.json.</summary>
    [Required]
    [MinLength(1, ErrorMessage = "Knowledge:Paths needs at least one folder or file.")]
    public List<string> Paths { get; set; } = [];

    /// <summary>Re-index when a knowledge file changes, after this quiet period.</summary>
    public bool Watch { get; set; } = true;

    [Range(0, 60_000)]
    public int ReloadDebounceMilliseconds { get; set; } = 500;

    /// <summary>Share of the question's words (IDF-weighted) the best passage must contain, else "not covered". Calibrated on the eval set.</summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.45;

    /// <summary>With vector search on: cosine similarity that counts as covered even when words differ.</summary>
    [Range(0.0, 1.0)]
    public double MinVectorSimilarity { get; set; } = 0.8;

    [Range(1, 10)]
    public int MaxCitations { get; set; } = 3;
}

using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Sop.Ingestion;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>
/// Holds the current <see cref="KnowledgeSnapshot"/>. The first build runs in the background (started at host start
/// by <see cref="KnowledgeWarmup"/>, or by the first caller); callers wait for it without holding a lock. When
/// <see cref="KnowledgeOptions.Watch"/> is on, a change under the knowledge paths re-indexes after a quiet period and
/// swaps the snapshot atomically.
/// </summary>
public sealed partial class KnowledgeBase : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly string _contentRoot;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeBase> _logger;
    private readonly Lock _buildLock = new();
    private readonly KnowledgeWatcher? _watcher;
    private KnowledgeSnapshot? _current;
    private Task<KnowledgeSnapshot>? _firstBuild;

    public KnowledgeBase(IOptions<KnowledgeOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<KnowledgeBase> logger)
    {
        _options = options.Value;
        _contentRoot = environment.ContentRootPath;
        _time = time;
        _logger = logger;
        if (_options.Watch)
        {
            var roots = _options.Paths.Select(p => Resolve(_contentRoot, p)).ToList();
            _watcher = new KnowledgeWatcher(roots, TimeSpan.FromMilliseconds(_options.ReloadDebounceMilliseconds), time, OnChangesSettled);
        }
    }

    /// <summary>Raised after a re-index swapped in a new snapshot.</summary>
    public event Action<KnowledgeSnapshot>? Reloaded;

    /// <summary>Raised when a re-index failed; the previous snapshot stays in use.</summary>
    public event Action<Exception>? ReloadFailed;

    public KnowledgeOptions Options => _options;

    /// <summary>True once the first index is built.</summary>
    public bool IsReady => Volatile.Read(ref _current) is not null;

    /// <summary>The current snapshot; the first call before the background build finished waits for it.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref _current) ?? StartBuild().GetAwaiter().GetResult();

    /// <summary>The current snapshot, once built.</summary>
    public Task<KnowledgeSnapshot> WhenReadyAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _current) is { } current ? Task.FromResult(current) : StartBuild().WaitAsync(cancellationToken);

    /// <summary>Starts the first build in the background (once; again after a failed one).</summary>
    public Task<KnowledgeSnapshot> StartBuild()
    {
        lock (_buildLock)
        {
            if (_firstBuild is null || _firstBuild.IsFaulted || _firstBuild.IsCanceled)
            {
                _firstBuild = Task.Run(BuildFirst);
            }
            return _firstBuild;
        }
    }

    public static string Resolve(string contentRoot, string path) => Path.GetFullPath(Path.Combine(contentRoot, path));

    /// <summary>Rebuilds from the files now and swaps the snapshot in; searches in flight finish on the old one.</summary>
    public KnowledgeSnapshot Reload()
    {
        KnowledgeSnapshot snapshot;
        lock (_buildLock)
        {
            snapshot = Build();
            // The old snapshot is left to the GC rather than disposed: a search may still be reading it, and its
            // in-memory index holds no OS resources.
            Volatile.Write(ref _current, snapshot);
        }
        LogReloaded(_logger, snapshot.Documents.Count, snapshot.Passages.Count);
        Reloaded?.Invoke(snapshot);
        return snapshot;
    }

    public void Dispose() => _watcher?.Dispose();

    private KnowledgeSnapshot BuildFirst()
    {
        var built = Build();
        // A reload that finished first wins: it read the files later.
        return Interlocked.CompareExchange(ref _current, built, null) ?? built;
    }

    private void OnChangesSettled()
    {
        try
        {
            Reload();
        }
        catch (Exception e)
        {
            // A timer callback must not throw: the bot keeps answering from the previous snapshot.
            LogReloadFailed(_logger, e);
            ReloadFailed?.Invoke(e);
        }
    }

    private KnowledgeSnapshot Build()
    {
        var passages = new List<Passage>();
        var documents = new List<string>();
        var glossary = new List<GlossaryEntry>();
        var situations = new List<SituationCue>();
        var alternates = new List<(string File, string Text)>();
        foreach (var file in Files())
        {
            if (AlternateQuestions.IsFile(file))
            {
                alternates.Add((Path.GetFileName(file), File.ReadAllText(file)));
                continue;
            }
            if (Path.GetFileName(file).Equals(Glossary.FileName, StringComparison.OrdinalIgnoreCase))
            {
                var parsed = Glossary.Parse(File.ReadAllText(file));
                glossary.AddRange(parsed.Entries);
                situations.AddRange(parsed.Situations);
                continue;
            }
            var name = Path.GetFileName(file);
            try
            {
                passages.AddRange(PassageBuilder.Build(name, DocumentLoader.Read(file), passages.Count));
                documents.Add(name);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One unreadable file (corrupt .docx, half-copied .pdf) must not take the whole manual offline.
                LogFileSkipped(_logger, name, e);
            }
        }
        return new KnowledgeSnapshot(
            new SopIndex(passages, glossary.SelectMany(e => e.AllForms), situations), new Glossary(glossary, situations), documents, _time.GetUtcNow())
        {
            Alternates = ReadAlternates(alternates, passages),
        };
    }

    // Alternate questions name sections by the path answers cite; a line naming none is reported, then left out.
    private AlternateQuestions ReadAlternates(List<(string File, string Text)> files, List<Passage> passages)
    {
        var alternates = AlternateQuestions.Read(files, AlternateQuestions.SectionsOf(passages));
        foreach (var line in alternates.Unmatched)
        {
            LogAlternateUnmatched(_logger, line.File, line.Line, line.Section);
        }
        return alternates;
    }

    private IEnumerable<string> Files() =>
        _options.Paths
            .Select(p => Resolve(_contentRoot, p))
            .SelectMany(p => File.Exists(p) ? [p] : Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [])
            .Where(f => DocumentLoader.IsKnowledgeFile(f) || AlternateQuestions.IsFile(f)
                || Path.GetFileName(f).Equals(Glossary.FileName, StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .Order(StringComparer.Ordinal);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Knowledge re-indexed: {Documents} documents, {Passages} passages")]
    private static partial void LogReloaded(ILogger logger, int documents, int passages);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Knowledge file {File} could not be read and is left out of the index")]
    private static partial void LogFileSkipped(ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Alternate question {File}:{Line} names no section with text in the knowledge documents (\"{Section}\") and is left out")]
    private static partial void LogAlternateUnmatched(ILogger logger, string file, int line, string section);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Knowledge re-index failed; keeping the previous index")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}

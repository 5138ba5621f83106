namespace OneJanitorial.Bot.Sop.Knowledge;

/// <summary>
/// Watches knowledge folders and files; a burst of changes (editors write several times per save)
/// calls <c>onSettled</c> once, after <c>debounce</c> without further changes.
/// </summary>
internal sealed class KnowledgeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ITimer _timer;
    private readonly TimeSpan _debounce;

    public KnowledgeWatcher(IEnumerable<string> roots, TimeSpan debounce, TimeProvider time, Action onSettled)
    {
        _debounce = debounce;
        _timer = time.CreateTimer(_ => onSettled(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var root in roots)
        {
            var isFile = File.Exists(root);
            var folder = isFile ? Path.GetDirectoryName(root) : root;
            if (folder is null || !Directory.Exists(folder))
            {
                continue;
            }
            var watcher = new FileSystemWatcher(folder)
            {
                Filter = isFile ? Path.GetFileName(root) : "*",
                IncludeSubdirectories = !isFile,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _timer.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
}

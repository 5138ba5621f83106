using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>
/// One channel running the cross-channel conversation against its own bot (the product host, its own database, the
/// same fake clock): the user types or presses a button the way that channel's client does, the <see cref="Tap"/>
/// records what the core sent, and <see cref="AssertRenderingsAsync"/> checks what went over the channel's wire.
/// </summary>
public abstract class ConversationLeg : IAsyncDisposable
{
    /// <summary>The user, the same in every channel (the ticket's CSR): the Teams fixtures' sender.</summary>
    public const string UserId = "user-id-0";
    public const string UserName = "Alex Wilber";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("onej-cross-channel-");
    private TestBotFactory? _bot;

    public abstract string Channel { get; }

    public ViewTap Tap { get; } = new();

    /// <summary>Monday 2026-03-02 09:00 in Toronto.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero));

    /// <summary>The bot, started on first use.</summary>
    protected TestBotFactory Bot => _bot ??= new TestBotFactory(Settings(), services =>
    {
        services.AddSingleton<TimeProvider>(Clock);
        Tap.Wrap(services);
    });

    public abstract Task SayAsync(string text);

    /// <summary>Presses the button titled <paramref name="title"/> of the last view, with these form values (others keep their defaults).</summary>
    public abstract Task PressAsync(string title, IReadOnlyDictionary<string, string> inputs);

    /// <summary>What the channel put on its wire is valid for it and shows exactly the tapped replies.</summary>
    public abstract Task AssertRenderingsAsync();

    protected View LastView => Tap.LastView ?? throw new InvalidOperationException($"{Channel}: no view with buttons yet.");

    protected static VerbAction Button(View view, string title) =>
        ViewTree.Actions(view).OfType<VerbAction>().FirstOrDefault(a => a.Title == title)
        ?? throw new InvalidOperationException($"No button \"{title}\" on \"{view.Summary}\".");

    public virtual async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>What the channel needs configured on its bot (read when the bot starts).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ChannelSettings => [];

    private Dictionary<string, string?> Settings() => new(ChannelSettings)
    {
        ["Storage:SqlitePath"] = Path.Combine(_folder.FullName, "bot.db"),
        ["Knowledge:LocalEmbeddings"] = "false",
        ["Knowledge:Watch"] = "false",
        ["Reminders:SchedulerEnabled"] = "false",
        ["Tickets:Owners:Toronto"] = "Taylor",
    };
}

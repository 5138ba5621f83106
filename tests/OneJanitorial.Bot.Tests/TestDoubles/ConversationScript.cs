using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Scripted conversations against the real bot: the product's DI (<c>AddBot</c>) and <see cref="ConversationBot"/>,
/// with an <see cref="InMemoryStateStore"/> and a <see cref="FakeTimeProvider"/> swapped in. Steps run in order on
/// <see cref="RunAsync"/>; a failure names the step.
/// <code>
/// await new ConversationScript(services => services.AddDialog&lt;IntakeDialog&gt;())
///     .Send("new ticket")                               // the current user types a message
///     .ExpectCard("Step 1")                             // next reply is a card; its text (as the console shows it) contains "Step 1"
///     .Submit(new { client = "Acme", date = "2026-03-02" }) // fill inputs, press the first button that is not Back/Cancel
///     .ExpectCard(card => Assert.Equal("1.2", card.Version))
///     .Press("Back")                                    // press a button by its title
///     .ExpectCard("Step 1")
///     .Send("cancel")
///     .ExpectText("Cancelled")                          // next reply's text contains "Cancelled"
///     .RunAsync();
/// </code>
/// <list type="bullet">
/// <item>Replies are consumed in order by the Expect steps. Starting a turn while replies are unconsumed fails, and so
/// does the end of the script: say what you expect, or drop them on purpose with <see cref="SkipReplies"/>.</item>
/// <item>Submit/Press send what Teams sends: the button's data merged with the card's input values, all as strings
/// (true/false, invariant numbers, comma-joined lists). Inputs you leave out keep the card's default value; naming an
/// input the card does not have fails the step. Buttons inside an Action.ShowCard can be pressed directly.</item>
/// <item><see cref="As"/> switches the speaking user (each has their own dialog stack), <see cref="InConversation"/> the chat,
/// <see cref="Restart"/> rebuilds the bot on the same store (a process restart), <see cref="Remember"/> names the last card so
/// <c>Press(title, inputs, fromCard: name)</c> can press an older one, <see cref="Arrives"/> takes what the bot sends on its own, and <see cref="Do(Func{ConversationScript, Task})"/> runs any
/// code between turns (advance <see cref="Clock"/>, inspect <see cref="Store"/> or <see cref="Services"/>).</item>
/// </list>
/// </summary>
public sealed class ConversationScript(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
{
    private readonly List<(string Name, Func<Task> Run)> _steps = [];
    private readonly Queue<ScriptReply> _replies = new();
    private readonly Dictionary<string, AdaptiveCard> _lastCardByUser = [];
    private readonly Dictionary<string, AdaptiveCard> _remembered = [];
    private ServiceProvider? _services;
    private TurnUser _user = new("u1", "Casey");
    private string _conversationId = "conv1";
    private string _conversationType = "personal";
    private TimeZoneInfo? _timeZone;

    public InMemoryStateStore Store { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero));

    /// <summary>The running bot's services (built on first use, rebuilt after <see cref="Restart"/>).</summary>
    public IServiceProvider Services => _services ??= BuildServices();

    public ConversationScript As(string userId, string? name = null) => Add($"As({userId})", () => _user = new TurnUser(userId, name ?? userId));

    public ConversationScript InConversation(string conversationId, string conversationType = "personal") =>
        Add($"InConversation({conversationId})", () => (_conversationId, _conversationType) = (conversationId, conversationType));

    /// <summary>The time zone the channel reports for the user from now on (Teams clientInfo); none by default.</summary>
    public ConversationScript InTimeZone(string timeZoneId) =>
        Add($"InTimeZone({timeZoneId})", () => _timeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    public ConversationScript Install() => AddTurn("Install()", () => TurnAsync(TurnKind.Installed, null, null));

    public ConversationScript Send(string text) => AddTurn($"Send(\"{text}\")", () => TurnAsync(TurnKind.Message, text, null));

    /// <summary>Presses the first button of the last card that is not Back or Cancel.</summary>
    public ConversationScript Submit(object? inputs = null) => AddTurn("Submit(...)", () =>
    {
        var card = LastCard();
        var (action, form) = ScriptButtons.Of(card).FirstOrDefault(b => CardData.VerbOf(ScriptButtons.DataOf(b.Action)) is var verb && verb != DialogActions.BackVerb.Name && verb != DialogActions.CancelVerb.Name);
        Assert.True(action is not null, "The last card has no submit button.");
        return TurnAsync(TurnKind.ViewAction, null, ScriptButtons.Submission(action, form, ToStrings(inputs)));
    });

    /// <summary>Presses the button titled <paramref name="title"/> on the last card (or on a card kept with <see cref="Remember"/>).</summary>
    public ConversationScript Press(string title, object? inputs = null, string? fromCard = null) => AddTurn($"Press(\"{title}\")", () =>
    {
        var card = fromCard is null ? LastCard() : _remembered[fromCard];
        var buttons = ScriptButtons.Of(card);
        var (action, form) = buttons.FirstOrDefault(b => string.Equals(b.Action.Title, title, StringComparison.OrdinalIgnoreCase));
        Assert.True(action is not null, $"No button \"{title}\" on the card; it has: {string.Join(", ", buttons.Select(b => b.Action.Title))}.");
        return TurnAsync(TurnKind.ViewAction, null, ScriptButtons.Submission(action, form, ToStrings(inputs)));
    });

    /// <summary>
    /// Messages the bot sends on its own (a reminder, a huddle post): <paramref name="deliver"/> runs between turns and
    /// returns what reached this conversation; they become replies like a turn's, and their buttons can be pressed.
    /// </summary>
    public ConversationScript Arrives(string name, Func<ConversationScript, Task<IReadOnlyList<BotMessage>>> deliver) => AddTurn($"Arrives({name})", async () =>
    {
        var output = new RecordingTurnOutput();
        foreach (var message in await deliver(this))
        {
            await output.SendAsync(message, CancellationToken.None);
        }
        Enqueue(output);
    });

    public ConversationScript ExpectText(string contains) => Add($"ExpectText(\"{contains}\")", () =>
    {
        var reply = Next();
        Assert.True(reply.Text is not null, $"Expected text containing \"{contains}\" but got {reply}.");
        Assert.Contains(contains, reply.Text, StringComparison.OrdinalIgnoreCase);
    });

    /// <summary>Next reply is a card whose console rendering contains <paramref name="contains"/>.</summary>
    public ConversationScript ExpectCard(string contains) => ExpectCard((_, text) =>
        Assert.Contains(contains, text, StringComparison.OrdinalIgnoreCase), $"ExpectCard(\"{contains}\")");

    public ConversationScript ExpectCard(Action<AdaptiveCard> assert, string? name = null) => ExpectCard((card, _) => assert(card), name);

    /// <summary>Next reply is a card; <paramref name="assert"/> gets it and its view as the console shows it (<see cref="ViewTextRenderer"/>).</summary>
    public ConversationScript ExpectCard(Action<AdaptiveCard, string> assert, string? name = null) => Add(name ?? "ExpectCard(...)", () =>
    {
        var reply = Next();
        Assert.True(reply.Card is not null && reply.View is not null, $"Expected a card but got {reply}.");
        assert(reply.Card, ViewTextRenderer.Render(reply.View));
    });

    /// <summary>Every reply left, each a card (a reply sent over as many messages as it takes); <paramref name="assert"/> gets them in order.</summary>
    public ConversationScript ExpectCards(Action<IReadOnlyList<ScriptReply>> assert) => Add("ExpectCards(...)", () =>
    {
        var replies = new List<ScriptReply>();
        while (_replies.Count > 0)
        {
            replies.Add(Next());
        }
        Assert.True(replies.Count > 0 && replies.All(r => r.Card is not null && r.View is not null), $"Expected cards but got {string.Join(" | ", replies)}.");
        assert(replies);
    });

    /// <summary>Next reply, whatever it is (text or card, sent or replacing the pressed card).</summary>
    public ConversationScript ExpectReply(Action<ScriptReply> assert) => Add("ExpectReply(...)", () => assert(Next()));

    public ConversationScript SkipReplies() => Add("SkipReplies()", _replies.Clear);

    public ConversationScript Remember(string name) => Add($"Remember({name})", () => _remembered[name] = LastCard());

    /// <summary>Simulates a bot restart: the services (and everything in memory) are rebuilt; the store survives.</summary>
    public ConversationScript Restart() => Add("Restart()", async () =>
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
            _services = null;
        }
    });

    public ConversationScript Do(Func<ConversationScript, Task> action) => Add("Do(...)", () => action(this));

    public ConversationScript Do(Action<ConversationScript> action) => Add("Do(...)", () => action(this));

    public async Task RunAsync()
    {
        try
        {
            for (var i = 0; i < _steps.Count; i++)
            {
                try
                {
                    await _steps[i].Run();
                }
                catch (Exception e)
                {
                    throw new ConversationScriptException($"Step {i + 1} {_steps[i].Name} failed: {e.Message}", e);
                }
            }
            Assert.True(_replies.Count == 0, $"Unexpected replies at the end of the script: {Describe()}");
        }
        finally
        {
            if (_services is not null)
            {
                await _services.DisposeAsync();
            }
        }
    }

    private ConversationScript Add(string name, Action step) => Add(name, () =>
    {
        step();
        return Task.CompletedTask;
    });

    private ConversationScript Add(string name, Func<Task> step)
    {
        _steps.Add((name, step));
        return this;
    }

    private ConversationScript AddTurn(string name, Func<Task> turn) => Add(name, () =>
    {
        Assert.True(_replies.Count == 0, $"Unconsumed replies before this turn: {Describe()}");
        return turn();
    });

    private async Task TurnAsync(TurnKind kind, string? text, JsonObject? data)
    {
        var turn = new IncomingTurn(kind, "test", _conversationId, _user, text, data, Clock.GetUtcNow()) { ConversationType = _conversationType, UserTimeZone = _timeZone };
        var output = new RecordingTurnOutput();
        await Services.GetRequiredService<ConversationBot>().OnTurnAsync(turn, output, CancellationToken.None);
        Enqueue(output);
    }

    private void Enqueue(RecordingTurnOutput output)
    {
        foreach (var (message, replaced) in output.InOrder)
        {
            if (!string.IsNullOrEmpty(message.Text))
            {
                _replies.Enqueue(new ScriptReply(message.Text, null, replaced));
            }
            // Buttons are pressed as Teams presses them: on the Adaptive Card each view renders to.
            foreach (var (card, view) in message.Cards.Zip(message.Views))
            {
                _replies.Enqueue(new ScriptReply(null, card, replaced) { View = view });
                _lastCardByUser[_user.Id] = card;
            }
        }
    }

    private ScriptReply Next()
    {
        Assert.True(_replies.Count > 0, "Expected a reply but the bot said nothing more.");
        return _replies.Dequeue();
    }

    private AdaptiveCard LastCard() =>
        _lastCardByUser.TryGetValue(_user.Id, out var card) ? card : throw new InvalidOperationException($"The bot has not shown {_user.Id} a card yet.");

    private string Describe() => string.Join(" | ", _replies);

    /// <summary>Input values as a channel sends them: text, with booleans "true"/"false", invariant numbers and comma-joined lists.</summary>
    internal static Dictionary<string, string> ToStrings(object? inputs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (inputs is null)
        {
            return values;
        }
        foreach (var (key, node) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
        {
            if (node is not null)
            {
                values[key] = node is JsonArray list ? string.Join(",", list.Select(ToText)) : ToText(node);
            }
        }
        return values;
    }

    private static string ToText(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Input values must be strings, numbers, booleans or lists of them, not {node?.ToJsonString()}."),
    };

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("ONEJ_").AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var root = BotHost.ContentRoot();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            EnvironmentName = Environments.Development,
            ApplicationName = "OneJanitorial.Bot",
            ContentRootPath = root,
            ContentRootFileProvider = new PhysicalFileProvider(root),
        });
        services.AddLogging();
        services.AddBot(configuration);
        services.AddSingleton<IStateStore>(Store);
        services.AddSingleton<TimeProvider>(Clock);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}

/// <summary>One thing the bot said: a text or a card (a message with both is two replies, text first).</summary>
public sealed record ScriptReply(string? Text, AdaptiveCard? Card, bool Replaced)
{
    /// <summary>The channel-neutral view the card was rendered from.</summary>
    public View? View { get; init; }

    public override string ToString() =>
        Text is not null ? $"text \"{Text}\"" : $"{(Replaced ? "replaced " : "")}card \"{Card!.Body.OfType<TextBlock>().FirstOrDefault()?.Text}\"";
}

public sealed class ConversationScriptException(string message, Exception inner) : Exception(message, inner);

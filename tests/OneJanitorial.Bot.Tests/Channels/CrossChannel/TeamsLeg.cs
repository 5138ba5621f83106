using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Tests.Cards;
using OneJanitorial.Bot.Tests.Channels.Teams;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>
/// Teams: activities are POSTed to /api/messages over HTTP, replies go to a Bot Connector on 127.0.0.1, and a press
/// sends what the Teams client sends for the card it got: the Action.Submit's data merged with the card's inputs.
/// </summary>
public sealed class TeamsLeg : ConversationLeg
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    private readonly string _cards = Path.Combine(Path.GetTempPath(), "onej-cross-teams-" + Guid.NewGuid().ToString("N"));
    private FakeBotConnector? _connector;
    private HttpClient? _client;
    private int _sent;

    public override string Channel => "msteams";

    public override Task SayAsync(string text) => PostAsync("personal-message", activity => activity.WithText(text));

    public override Task PressAsync(string title, IReadOnlyDictionary<string, string> inputs)
    {
        var card = LastCard();
        var submit = JsonTree.Objects(card).FirstOrDefault(n => JsonTree.Type(n) == "Action.Submit" && n["title"]?.GetValue<string>() == title)
            ?? throw new InvalidOperationException($"No Action.Submit \"{title}\" on the last card.");
        return PostAsync("submit", activity => activity["value"] = Submission(card, submit, inputs));
    }

    /// <summary>
    /// One connector call per tapped reply, in order (a replacement is a PUT of the pressed card), each card with the
    /// view's verbs; every card passes the official parser at 1.2, the Teams type check and our card rules.
    /// </summary>
    public override async Task AssertRenderingsAsync()
    {
        var calls = _connector!.Requests;
        var replies = Tap.Replies;
        Assert.Equal(replies.Count, calls.Count);
        Directory.CreateDirectory(_cards);
        for (var i = 0; i < replies.Count; i++)
        {
            var cards = calls[i].Body!["attachments"]?.AsArray().Where(a => a!["contentType"]?.GetValue<string>() == AdaptiveCard).Select(a => a!["content"]!.AsObject()).ToList() ?? [];
            Assert.Equal((replies[i].Replaced ? "PUT" : "POST", replies[i].Views.Count, replies[i].Text is not null), (calls[i].Method, cards.Count, calls[i].Body!["text"] is not null));
            for (var v = 0; v < cards.Count; v++)
            {
                Assert.Equal(TappedReply.VerbsOf(replies[i].Views[v]), Verbs(cards[v]));
                await File.WriteAllTextAsync(Path.Combine(_cards, $"cross-{i:D2}-{v}.json"), cards[v].ToJsonString());
            }
        }
        var report = await CardValidator.ValidateAsync(_cards);
        var problems = report.SelectMany(r => r.Value.Select(e => $"{r.Key}: {e}"))
            .Concat(Directory.GetFiles(_cards).SelectMany(f => CardRules.Check(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task PostAsync(string fixture, Action<JsonObject> fill)
    {
        _connector ??= await FakeBotConnector.StartAsync();
        _client ??= Bot.CreateClient();
        var activity = ActivityFixtures.Load(fixture, _connector.ServiceUrl, $"cross-{++_sent}");
        activity["timestamp"] = Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        fill(activity);
        using var response = await _client.PostAsync(MessagesEndpoint.Route, activity.ToContent());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private JsonObject LastCard() =>
        _connector?.Requests.Select(r => r.Body?["attachments"]?.AsArray().LastOrDefault(a => a!["contentType"]?.GetValue<string>() == AdaptiveCard))
            .LastOrDefault(a => a is not null)?["content"]!.AsObject()
        ?? throw new InvalidOperationException("No card has arrived at the connector yet.");

    /// <summary>The button's data, then every input of the card: the value typed, else the card's own value.</summary>
    private static JsonObject Submission(JsonObject card, JsonObject submit, IReadOnlyDictionary<string, string> inputs)
    {
        var data = submit["data"]?.DeepClone().AsObject() ?? [];
        if (string.Equals(submit["associatedInputs"]?.GetValue<string>(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return data;
        }
        foreach (var input in JsonTree.Objects(card).Where(n => JsonTree.Type(n)?.StartsWith("Input.", StringComparison.Ordinal) == true && n["id"] is not null))
        {
            var id = input["id"]!.GetValue<string>();
            if ((inputs.TryGetValue(id, out var typed) ? typed : Untouched(input)) is { } value)
            {
                data[id] = value;
            }
        }
        return data;
    }

    private static string? Untouched(JsonObject input) => JsonTree.Type(input) switch
    {
        "Input.Toggle" => input["value"]?.GetValue<string>() ?? input["valueOff"]?.GetValue<string>() ?? "false",
        "Input.Number" => input["value"]?.GetValue<double>().ToString(CultureInfo.InvariantCulture),
        _ => input["value"]?.GetValue<string>(),
    };

    private static IReadOnlyList<string> Verbs(JsonObject card) =>
        [.. JsonTree.Objects(card).Where(n => JsonTree.Type(n) == "Action.Submit").Select(n => CardData.VerbOf(n["data"]?.AsObject()) ?? "")];

    public override async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
        if (Directory.Exists(_cards))
        {
            Directory.Delete(_cards, recursive: true);
        }
        await base.DisposeAsync();
    }
}

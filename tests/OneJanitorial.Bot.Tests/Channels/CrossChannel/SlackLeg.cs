using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Tests.Channels.Slack;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>
/// Slack: signed requests into the real endpoints (DM messages as events, presses as block_actions — Full opens the
/// intake modal with its trigger — or, in the modal, view_submission), replies read back from a
/// fake Slack Web API on 127.0.0.1; each step waits until the bot's inbox has done its work.
/// </summary>
public sealed class SlackLeg : ConversationLeg
{
    private const string Secret = "cross-channel-signing-secret";
    private const string Dm = "D024BE91L";
    private static readonly string[] MessageMethods = ["chat.postMessage", "chat.update"];

    private readonly List<SlackModalClient> _modals = [];
    private FakeSlackServer? _slack;
    private HttpClient? _client;
    private SlackModalClient? _modal;

    public override string Channel => SlackTurnMapper.ChannelName;

    protected override IEnumerable<KeyValuePair<string, string?>> ChannelSettings =>
    [
        new("Slack:SigningSecret", Secret),
        new("Slack:BotToken", FakeSlackServer.BotToken),
        new("Slack:ApiBaseUrl", _slack!.ApiBaseUrl),
    ];

    public override async Task SayAsync(string text)
    {
        await StartAsync();
        var body = SlackFixtures.Event("message_im", text);
        body["event"]!["user"] = UserId;
        using var posted = await PostAsync(SlackEndpoints.EventsRoute, body.ToJsonString(), "application/json");
        await WaitForInboxAsync();
    }

    public override async Task PressAsync(string title, IReadOnlyDictionary<string, string> inputs)
    {
        if (_modal is not null && _modal.View["submit"]?["text"]?.GetValue<string>() == title)
        {
            var answer = await _modal.SubmitAsync(inputs);
            if (answer?["response_action"]?.GetValue<string>() != "update" && answer?["response_action"]?.GetValue<string>() != "errors")
            {
                _modal = null;
            }
        }
        else
        {
            var opened = _slack!.CallsTo("views.open").Count;
            await PressInMessageAsync(title);
            await WaitForInboxAsync();
            if (_slack.CallsTo("views.open").Count > opened)
            {
                _modal = new SlackModalClient(PostInteractionAsync, UserId).Show(_slack.CallsTo("views.open")[opened]);
                _modals.Add(_modal);
            }
        }
        await WaitForInboxAsync();
    }

    /// <summary>
    /// Every view the core sent is on Slack's wire, in order: a form (and the dialog's further steps while it is open)
    /// as the next modal the user saw, any other view as the next message with its verbs; and every Block Kit payload
    /// the bot sent passes @slack/types (tsc --strict).
    /// </summary>
    public override async Task AssertRenderingsAsync()
    {
        var modals = _modals.SelectMany(m => m.Seen).ToList();
        var messages = _slack!.Calls.Where(c => MessageMethods.Contains(c.Method) && c.Body["blocks"] is JsonArray).ToList();
        int modal = 0, message = 0;
        var inModal = false;
        foreach (var view in Tap.Replies.SelectMany(r => r.Views))
        {
            // As the Slack output decides: a dialog's form opens a modal (the intake starts from /ticket new), and the
            // dialog's further steps stay in it; any other view is a message.
            inModal = SlackModals.IsDialogStep(view) && (inModal || ViewTree.Fields(view).Any());
            if (inModal)
            {
                Assert.True(modal < modals.Count && modals[modal++]["title"]!["text"]!.GetValue<string>() == BlockKitRenderer.Cut(view.Summary, BlockKitRenderer.MaxModalTitle),
                    $"modal {modal} is not \"{view.Summary}\"");
                continue;
            }
            var verbs = TappedReply.VerbsOf(view);
            while (message < messages.Count && !Verbs(messages[message].Body).SequenceEqual(verbs))
            {
                message++;
            }
            Assert.True(message++ < messages.Count, $"no Slack message shows \"{view.Summary}\" with verbs {string.Join(",", verbs)}");
        }
        await AssertSlackTypesAsync([.. modals, .. messages.Select(m => new JsonObject { ["blocks"] = m.Body["blocks"]!.DeepClone() })]);
    }

    private async Task StartAsync()
    {
        _slack ??= await FakeSlackServer.StartAsync();
        _client ??= Bot.CreateClient();
    }

    private async Task PressInMessageAsync(string title)
    {
        var (call, button) = _slack!.Calls.Where(c => MessageMethods.Contains(c.Method) && c.Body["blocks"] is JsonArray).Reverse()
            .SelectMany(c => JsonTree.Objects(c.Body["blocks"]!).Where(o => JsonTree.Type(o) == "button" && o["text"]?["text"]?.GetValue<string>() == title).Select(b => (c, b)))
            .FirstOrDefault();
        if (button is null)
        {
            throw new InvalidOperationException($"No Slack message has a button \"{title}\".");
        }
        var payload = SlackFixtures.BlockActions(JsonNode.Parse(button["value"]!.GetValue<string>())!.AsObject(), _slack.ResponseUrl("press"));
        payload["user"]!["id"] = UserId;
        payload["channel"]!["id"] = Dm;
        payload["container"]!["channel_id"] = Dm;
        payload["container"]!["message_ts"] = call.Method == "chat.update" ? call.Body["ts"]!.GetValue<string>() : call.Response!["ts"]!.GetValue<string>();
        payload["actions"]![0]!["action_id"] = button["action_id"]!.GetValue<string>();
        using var response = await PostInteractionAsync(payload);
        response.EnsureSuccessStatusCode();
    }

    private Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        PostAsync(SlackEndpoints.InteractionsRoute, Form(("payload", payload.ToJsonString())), "application/x-www-form-urlencoded");

    /// <summary>Signed as Slack signs, at the leg's clock (the bot checks the timestamp against the same clock).</summary>
    private async Task<HttpResponseMessage> PostAsync(string route, string body, string contentType)
    {
        using var request = SlackSignedRequest.Create(route, body, contentType, Secret, Clock.GetUtcNow().ToUnixTimeSeconds());
        var response = await _client!.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    /// <summary>Until every accepted delivery (and each modal's follow-up) is done (bounded).</summary>
    private async Task WaitForInboxAsync()
    {
        for (var i = 0; i < 400; i++)
        {
            var items = await Bot.Store.ListAsync(SlackInbox.KeyPrefix, CancellationToken.None);
            if (items.All(item => item.Json.Contains("\"doneAt\":\"", StringComparison.Ordinal)))
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The bot's Slack inbox did not finish within 20 s.");
    }

    private static IReadOnlyList<string> Verbs(JsonObject message) =>
        [.. JsonTree.Objects(message["blocks"]!).Where(o => JsonTree.Type(o) == "button").Select(b => JsonNode.Parse(b["value"]!.GetValue<string>())!["verb"]!.GetValue<string>())];

    private static async Task AssertSlackTypesAsync(IReadOnlyList<JsonObject> payloads)
    {
        var dir = Directory.CreateTempSubdirectory("onej-cross-slack-wire-");
        try
        {
            for (var i = 0; i < payloads.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"wire-{i:D2}.slack.json"), payloads[i].ToJsonString());
            }
            var report = await BlockKitContractTests.TypeCheckAsync(dir.FullName);
            Assert.All(report, r => Assert.True(r.Value.Length == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    public override async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
        if (_slack is not null)
        {
            await _slack.DisposeAsync();
        }
    }
}

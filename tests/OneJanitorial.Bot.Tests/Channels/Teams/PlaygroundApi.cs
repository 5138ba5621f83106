using System.Text;
using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// What a CSR does in the Agents Playground (install, type, press card buttons), through its REST API, and what
/// the bot sends back, read from its WebSocket streams. Ids match TestData/Playground/playground.yml.
/// </summary>
internal sealed class PlaygroundApi(HttpClient http, PlaygroundStream messages, PlaygroundStream log) : IAsyncDisposable
{
    public const string UserId = "user-id-0";
    public const string BotId = "28f1c2a4-0b6d-4e3a-9c57-3d2e1f0a9b8c";
    public const string BotName = "One Janitorial CSR";
    public const string PersonalChat = "e2e-personal-chat";
    public const string GroupChat = "e2e-group-chat";
    public const string TeamChannel = "e2e-channel-escalations";
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    private const string PlaygroundName = "Microsoft 365 Agents Playground";
    private const string BotSideName = "User Application";

    public HttpClient Http => http;

    /// <summary>Now on the machine clock in Unix ms, the unit of the Playground's frame timestamps: frames before it are stale.</summary>
    public static long Now() => TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// Installs the app into the conversation as a fresh install: the bot welcomes once per install, so an earlier
    /// test's install is removed first with the Playground's own uninstall activity.
    /// </summary>
    /// <remarks>
    /// The Playground answers both POSTs before it sends their activities to the bot. Without waiting for the bot's
    /// answer to the uninstall, the install could overtake it, find the earlier test's install still recorded and
    /// not welcome (then the late uninstall forgets it): the flaky "no welcome card after install". Likewise the install
    /// returns only once the bot answered both of its activities (installationUpdate and conversationUpdate, sent
    /// concurrently): a test that went on after the welcome card alone left the other one in flight, and on a busy
    /// machine it could reach the bot after the next test's uninstall and welcome again outside that test's window.
    /// </remarks>
    /// <returns>When the install was sent (Unix ms): the install's frames are the ones from then on.</returns>
    public async Task<long> InstallAsync(string conversationId)
    {
        var template = await http.GetStringAsync(
            $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}&type=uninstall");
        var since = Now();
        await ForwardAsync(JsonNode.Parse(template)!.AsObject());
        await WaitForBotAnswerAsync(conversationId, "installationUpdate", since);
        var installedAt = Now();
        await PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", []);
        await WaitForBotAnswerAsync(conversationId, "installationUpdate", installedAt);
        await WaitForBotAnswerAsync(conversationId, "conversationUpdate", installedAt);
        return installedAt;
    }

    public Task SendAsync(string conversationId, string text, bool mentionBot = false)
    {
        var mention = $"<at>{BotName}</at>";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = UserId },
            ["text"] = mentionBot ? $"{mention} {text}" : text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = mention });
        }
        return PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
    }

    /// <summary>Action.Submit on the card message <paramref name="cardMessageId"/>.</summary>
    public Task SubmitAsync(string conversationId, string cardMessageId, JsonObject value) =>
        PostAsync("_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = cardMessageId,
            ["value"] = value,
        });

    /// <summary>Action.Execute on the card message; the Playground answers with the bot's invoke response.</summary>
    public async Task<(int Status, string Body)> ExecuteAsync(string conversationId, string cardMessageId, string verb, JsonObject data)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
        };
        using var response = await http.PostAsync("_conversation/v1/invoke", Json(body));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Hands an activity to the bot verbatim, e.g. a group message the Playground itself would not forward.</summary>
    public Task ForwardAsync(JsonObject activity) => PostAsync("_internal/v1/customActivities", activity);

    /// <summary>The next message the bot posts into the conversation after <paramref name="since"/> that matches.</summary>
    public async Task<JsonObject> WaitForBotMessageAsync(string conversationId, long since, Func<JsonObject, bool> match, string what)
    {
        var frame = await messages.WaitForAsync(
            f => (string?)f["action"] == "createMessage"
                && (string?)f["actionConversationId"] == conversationId
                && f["message"] is JsonObject m && (long?)m["timestamp"] >= since && match(m),
            StepTimeout,
            what);
        return (JsonObject)frame["message"]!;
    }

    public Task<JsonObject> WaitForCardAsync(string conversationId, long since, string what) =>
        WaitForBotMessageAsync(conversationId, since, m => CardOf(m) is not null, what);

    /// <summary>The HTTP status the bot answered the Playground's <paramref name="activityName"/> activity with.</summary>
    public async Task<int> WaitForBotAnswerAsync(string conversationId, string activityName, long since)
    {
        var frame = await log.WaitForAsync(
            f => f["log"] is JsonObject l
                && (string?)l["from"] == PlaygroundName && (string?)l["to"] == BotSideName
                && (string?)l["conversationId"] == conversationId && (string?)l["activityName"] == activityName
                && (long?)l["timestamp"] >= since,
            StepTimeout,
            $"bot answer to a {activityName} in {conversationId}");
        return (int)frame["log"]!["response"]!["statusCode"]!;
    }

    /// <summary>Messages the bot posted to the conversation within [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<JsonObject> BotMessagesBetween(string conversationId, long from, long to) =>
        [.. messages.Frames
            .Where(f => (string?)f["action"] == "createMessage" && (string?)f["actionConversationId"] == conversationId)
            .Select(f => (JsonObject)f["message"]!)
            .Where(m => (long?)m["timestamp"] >= from && (long?)m["timestamp"] < to)];

    /// <summary>Activities the bot posted to the conversation since <paramref name="since"/>, as the Playground logged them.</summary>
    public IReadOnlyList<JsonObject> BotPostsSince(string conversationId, long since) =>
        [.. log.Frames
            .Select(f => f["log"] as JsonObject)
            .Where(l => l is not null && (string?)l["from"] == BotSideName && (string?)l["conversationId"] == conversationId && (long?)l["timestamp"] >= since)
            .Select(l => l!["request"]?["body"] as JsonObject ?? [])];

    public static JsonObject? CardOf(JsonObject message) =>
        (message["attachments"] as JsonArray)?
            .OfType<JsonObject>()
            .FirstOrDefault(a => (string?)a["contentType"] == CardContentType)?["content"] as JsonObject;

    private async Task PostAsync(string path, JsonObject body)
    {
        using var response = await http.PostAsync(path, Json(body));
        Assert.True(response.IsSuccessStatusCode, $"POST {path} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        await messages.DisposeAsync();
        await log.DisposeAsync();
        http.Dispose();
    }
}

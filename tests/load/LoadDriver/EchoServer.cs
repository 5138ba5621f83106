using System.Text.Json.Nodes;

namespace OneJanitorial.Bot.Load;

/// <summary>
/// The ceiling: a minimal ASP.NET endpoint that takes an activity and replies through the connector with an
/// Adaptive Card, with no features, storage or gate. The bot cannot beat it on this machine.
/// </summary>
public static class EchoServer
{
    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddHttpClient("connector");
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpRequest request, IHttpClientFactory clients, CancellationToken cancellationToken) =>
        {
            var activity = (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken))!;
            var url = $"{activity["serviceUrl"]}v3/conversations/{Uri.EscapeDataString((string)activity["conversation"]!["id"]!)}/activities/{activity["id"]}";
            var reply = new JsonObject
            {
                ["type"] = "message",
                ["attachments"] = new JsonArray(new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.card.adaptive",
                    ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.2", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = (string?)activity["text"] }) },
                }),
            };
            using var response = await clients.CreateClient("connector").PostAsync(url, new StringContent(reply.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), cancellationToken);
            return Results.StatusCode(response.IsSuccessStatusCode ? 200 : 502);
        });
        await app.RunAsync();
        return 0;
    }
}

using System.Net.Http.Json;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Bot Connector REST client: reply, send, update.</summary>
public sealed class ConnectorClient(HttpClient http)
{
    public async Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { } replyTo)
        {
            url += "/" + Uri.EscapeDataString(replyTo);
        }
        using var response = await http.PostAsJsonAsync(url, activity, TeamsJsonContext.Default.Activity, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ResourceResponse, cancellationToken);
        return body?.Id;
    }

    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var response = await http.PutAsJsonAsync(url, activity, TeamsJsonContext.Default.Activity, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

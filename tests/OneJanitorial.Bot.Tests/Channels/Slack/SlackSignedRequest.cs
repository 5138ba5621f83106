using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using OneJanitorial.Bot.Channels.Slack;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>A request to the bot's Slack endpoints signed as Slack signs it (<see cref="SlackSignature"/>).</summary>
internal static class SlackSignedRequest
{
    /// <summary>A POST of <paramref name="body"/> to <paramref name="route"/>, signed with <paramref name="secret"/> at <paramref name="timestamp"/> (Unix seconds), or carrying <paramref name="signature"/>.</summary>
    public static HttpRequestMessage Create(string route, string body, string contentType, string secret, long timestamp, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)) };
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SlackSignature.SignatureHeader, signature ?? SlackSignature.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }
}

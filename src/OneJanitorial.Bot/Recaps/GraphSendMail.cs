using System.Text.Json.Serialization;
using MimeKit;

namespace OneJanitorial.Bot.Recaps;

/// <summary>The body of Microsoft Graph <c>POST /users/{id}/sendMail</c>.</summary>
public sealed record GraphSendMail(GraphMessage Message, bool SaveToSentItems)
{
    public static GraphSendMail From(MimeMessage message) => new(
        new GraphMessage(
            message.Subject ?? "",
            new GraphBody("Text", message.TextBody ?? ""),
            [.. message.To.Mailboxes.Select(m => new GraphRecipient(new GraphEmailAddress(m.Address, string.IsNullOrEmpty(m.Name) ? null : m.Name)))]),
        SaveToSentItems: true);
}

public sealed record GraphMessage(string Subject, GraphBody Body, IReadOnlyList<GraphRecipient> ToRecipients);

public sealed record GraphBody(string ContentType, string Content);

public sealed record GraphRecipient(GraphEmailAddress EmailAddress);

public sealed record GraphEmailAddress(string Address, string? Name);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GraphSendMail))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;

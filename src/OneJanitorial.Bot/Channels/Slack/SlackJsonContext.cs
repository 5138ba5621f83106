using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Channels.Slack;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(InboxEntry))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;

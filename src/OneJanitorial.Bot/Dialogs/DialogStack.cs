using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Dialogs;

/// <summary>
/// One user's dialogs as stored: the top frame is the active dialog. <paramref name="Id"/> is new for every stack
/// and <paramref name="Sequence"/> grows with every saved change; together they stamp card buttons so a stale or
/// repeated submit is recognised.
/// </summary>
internal sealed record DialogStack(string Id, long Sequence, IReadOnlyList<DialogFrame> Frames)
{
    public string StepToken => $"{Id}:{Sequence}";
}

/// <summary>A dialog on the stack with every state it moved through (the last is current; earlier ones serve "back").</summary>
internal sealed record DialogFrame(string DialogId, IReadOnlyList<JsonElement> States, bool WaitingForChild = false);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DialogStack))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;

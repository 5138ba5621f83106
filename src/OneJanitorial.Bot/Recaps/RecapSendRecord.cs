using System.Text.Json.Serialization;

namespace OneJanitorial.Bot.Recaps;

/// <summary>Where a recap's send stands, as the state store keeps it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecapSendState>))]
public enum RecapSendState
{
    /// <summary>A click claimed it and the message is going out (a claim older than 10 minutes is from a crashed attempt).</summary>
    [JsonStringEnumMemberName("sending")]
    Sending,

    [JsonStringEnumMemberName("sent")]
    Sent,
}

/// <summary>What the state store keeps per recap key.</summary>
public sealed record RecapSendRecord(RecapSendState State, string To, string Subject, DateTimeOffset At);

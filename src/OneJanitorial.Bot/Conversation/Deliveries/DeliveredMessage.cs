using System.Globalization;
using System.IO.Hashing;
using System.Security.Cryptography;

namespace OneJanitorial.Bot.Conversation.Deliveries;

/// <summary>
/// One outgoing message of a turn that reached the channel: its number in the turn (<see cref="Ordinal"/>, from 1 in the
/// order the turn sends; <see cref="Unnumbered"/> for one said at most once wherever it falls, see
/// <see cref="TurnDeliveryLog.OnceAsync"/>), a digest of what it carried (<see cref="Digest"/>) and the channel's id for
/// it, when it gave one.
/// </summary>
public sealed record DeliveredMessage(int Ordinal, string Digest, string? MessageId)
{
    public const int Unnumbered = 0;

    /// <summary>
    /// The length of a digest recorded before digests were XXH3: the first 16 bytes of the content's SHA-256, in hex.
    /// Records are kept a day (<see cref="TurnDeliveries.Keep"/>), so a turn run again across the change may read one.
    /// </summary>
    private const int Sha256DigestLength = 32;

    /// <summary>
    /// The digest of a message's content (its UTF-8 bytes): XXH3, 64 bits, in hex. It only tells whether a run again
    /// sends what an earlier run of the same turn sent at the same number, so it need not be cryptographic; SHA-256 of
    /// each reply (~5 KB for an SOP answer card) was ~3% of the CPU of a Teams turn.
    /// </summary>
    public static string DigestOf(ReadOnlySpan<byte> content) => XxHash3.HashToUInt64(content).ToString("X16", CultureInfo.InvariantCulture);

    /// <summary>Whether this message carried <paramref name="content"/>, whose digest is <paramref name="digest"/> (read either way a record holds it).</summary>
    public bool Carried(string digest, ReadOnlySpan<byte> content) =>
        Digest.Length == Sha256DigestLength ? Digest == Convert.ToHexString(SHA256.HashData(content), 0, 16) : Digest == digest;
}

using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// A connector request's JSON body (<c>application/json; charset=utf-8</c> with its Content-Length), serialized once and
/// kept in an array from the shared pool until the request is disposed; every attempt (a retry) sends the same bytes.
/// Each reply's body was an array of its own (~5 KB for an SOP answer card), copied out of the serializer's buffer.
/// </summary>
public sealed class PooledJsonContent : HttpContent
{
    /// <summary>
    /// Escapes only what JSON requires (quotes, backslash, control characters): the body goes to the Bot Connector as
    /// <c>application/json; charset=utf-8</c> and is never put into HTML, so apostrophes, "&amp;", "+" and non-ASCII text
    /// ("—", "→", "✓", emoji) are written as they are. The default encoder wrote each as <c>\uXXXX</c> (an SOP answer card
    /// had ~70), through the writer's slow escaping path, and ~5% more bytes to send and digest.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Serialization is synchronous, so each thread reuses one buffer for it.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly int _length;
    private byte[]? _bytes;

    private PooledJsonContent(byte[] bytes, int length)
    {
        _bytes = bytes;
        _length = length;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    public static PooledJsonContent Create<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var options = typeInfo.Options;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, Indented = options.WriteIndented, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
        var bytes = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
        buffer.WrittenSpan.CopyTo(bytes);
        return new PooledJsonContent(bytes, buffer.WrittenCount);
    }

    /// <summary>The serialized value (valid until the content is disposed).</summary>
    public ReadOnlyMemory<byte> Utf8 => Bytes();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Bytes(), cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(Bytes().Span);

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _bytes, null) is { } bytes)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
        base.Dispose(disposing);
    }

    private ReadOnlyMemory<byte> Bytes() =>
        (_bytes ?? throw new ObjectDisposedException(nameof(PooledJsonContent))).AsMemory(0, _length);
}

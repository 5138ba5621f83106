using System.Buffers;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Reads a request body up to a limit, whether or not the client sent Content-Length.</summary>
public static class RequestBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        // One byte over the expected length, so the read that finds the end needs no more room. Reads fill what is
        // free: asking for 4 KB of room each time grew a ~600-byte activity's buffer to ~5 KB on every request.
        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes, (int?)request.ContentLength ?? 16 * 1024) + 1);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(), cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}

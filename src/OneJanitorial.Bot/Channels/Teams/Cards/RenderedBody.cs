using System.Buffers;
using System.Collections;
using System.Text.Json;

namespace OneJanitorial.Bot.Channels.Teams.Cards;

/// <summary>
/// A card body rendered from <see cref="Views.SharedBlocks"/>: the same elements for every card showing those blocks, and
/// their JSON made once (<see cref="CardBodyConverter"/> writes it as it is). An SOP answer card's body is most of its
/// ~5 KB; rendered and serialized again for every reply it was about a tenth of an answer's CPU.
/// </summary>
public sealed class RenderedBody(IReadOnlyList<CardElement> elements) : IReadOnlyList<CardElement>
{
    private readonly CardElement[] _elements = [.. elements];
    private byte[]? _json;

    public int Count => _elements.Length;

    public CardElement this[int index] => _elements[index];

    public IEnumerator<CardElement> GetEnumerator() => ((IEnumerable<CardElement>)_elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _elements.GetEnumerator();

    /// <summary>The elements as a JSON array, as the card serializer writes them (made on first use).</summary>
    internal ReadOnlySpan<byte> Json()
    {
        if (_json is { } json)
        {
            return json;
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, _elements, CardJsonContext.Default.IReadOnlyListCardElement);
        }
        return _json = buffer.WrittenSpan.ToArray();
    }
}

using System.Text;
using System.Text.Json;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class PooledJsonContentTests
{
    private static readonly Activity Reply = new() { Type = ActivityTypes.Message, Text = "Tickets close in **5** business days — \"R1\" <b>", TextFormat = "markdown" };

    [Fact]
    public async Task Create_Activity_SendsItsJsonWithItsLengthOnEveryRead()
    {
        using var content = PooledJsonContent.Create(Reply, TeamsJsonContext.Default.Activity);

        var first = await ReadAsync(content);
        var second = await ReadAsync(content);

        Assert.Equal(first, second);
        Assert.Equal(first.Length, content.Headers.ContentLength);
        Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType!.ToString());
        Assert.Equal(Reply.Text, JsonSerializer.Deserialize(first, TeamsJsonContext.Default.Activity)!.Text);
    }

    [Fact]
    public async Task Create_TextWithQuotesMarkupAndNonAscii_EscapesOnlyWhatJsonRequires()
    {
        using var content = PooledJsonContent.Create(Reply, TeamsJsonContext.Default.Activity);

        var json = Encoding.UTF8.GetString(await ReadAsync(content));

        Assert.Contains("""5** business days — \"R1\" <b>""", json);
    }

    [Fact]
    public async Task Dispose_ThenRead_Throws()
    {
        var content = PooledJsonContent.Create(Reply, TeamsJsonContext.Default.Activity);

        content.Dispose();
        content.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => ReadAsync(content));
    }

    // As a handler sends it: copied to the connection's stream (a retry copies it again).
    private static async Task<byte[]> ReadAsync(HttpContent content)
    {
        using var stream = new MemoryStream();
        await content.CopyToAsync(stream);
        return stream.ToArray();
    }
}

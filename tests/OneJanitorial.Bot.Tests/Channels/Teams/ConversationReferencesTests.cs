using Moq;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class ConversationReferencesTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static ConversationReference Reference(string user = "u1") =>
        new("https://smba.example/", "19:chat", "personal", "t1", null, null, "b1", "Bot", user, "Una", null);

    [Fact]
    public async Task SaveAsync_SameReferenceEveryTurn_StoreReadAndWrittenOnce()
    {
        var inner = new InMemoryStateStore();
        var store = new Mock<IStateStore>();
        store.Setup(s => s.ReadAsync(It.IsAny<string>(), Ct)).Returns((string k, CancellationToken c) => inner.ReadAsync(k, c));
        store.Setup(s => s.WriteAsync(It.IsAny<string>(), It.IsAny<string>(), "*", Ct))
            .Returns((string k, string j, string? e, CancellationToken c) => inner.WriteAsync(k, j, e, c));
        var references = new ConversationReferences(store.Object);

        await references.SaveAsync(Reference(), Ct);
        await references.SaveAsync(Reference(), Ct);
        await references.SaveAsync(Reference(), Ct);

        store.Verify(s => s.ReadAsync(It.IsAny<string>(), Ct), Times.Once);
        store.Verify(s => s.WriteAsync(It.IsAny<string>(), It.IsAny<string>(), "*", Ct), Times.Once);
        Assert.Equal(Reference(), await references.GetAsync("19:chat", Ct));
    }

    [Fact]
    public async Task SaveAsync_ReferenceChanged_WrittenAgain()
    {
        var store = new InMemoryStateStore();
        var references = new ConversationReferences(store);

        await references.SaveAsync(Reference("u1"), Ct);
        await references.SaveAsync(Reference("u2"), Ct);

        Assert.Equal(Reference("u2"), await references.GetAsync("19:chat", Ct));
    }

    [Fact]
    public async Task SaveAsync_AlreadyStoredByAnotherProcess_NotWrittenAgain()
    {
        var store = new InMemoryStateStore();
        await new ConversationReferences(store).SaveAsync(Reference(), Ct);
        var etag = (await store.ReadAsync(ConversationReferences.KeyOf("19:chat"), Ct))!.ETag;

        await new ConversationReferences(store).SaveAsync(Reference(), Ct);

        Assert.Equal(etag, (await store.ReadAsync(ConversationReferences.KeyOf("19:chat"), Ct))!.ETag);
    }
}

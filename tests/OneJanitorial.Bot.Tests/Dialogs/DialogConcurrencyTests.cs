using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Dialogs;

public sealed class DialogConcurrencyTests
{
    [Fact]
    public async Task HandleAsync_AnotherTurnSavedFirst_SendsNothingFromLostTurnAndShowsCurrentStep()
    {
        var racing = new RacingStateStore();
        await DialogScripts.New(services => services.AddSingleton<IStateStore>(racing))
            .Do(s => racing.Inner = s.Store)
            .AtQuantityStep()
            .Do(_ => racing.RaceNextWrite = true)
            .Submit(new { quantity = 5 })
            .ExpectText("already handled")
            .ExpectCard("Supply order: quantity")
            .Submit(new { quantity = 6 })
            .ExpectCard(card => Assert.Contains(card.Body.OfType<OneJanitorial.Bot.Channels.Teams.Cards.FactSet>().Single().Facts, f => f is { Title: "Cases", Value: "6" }))
            .RunAsync();
    }

    [Fact]
    public async Task BeginAsync_StackCreatedConcurrently_DoesNotOverwriteIt()
    {
        var racing = new RacingStateStore();
        await DialogScripts.New(services => services.AddSingleton<IStateStore>(racing))
            .Do(s => racing.Inner = s.Store)
            .Do(_ => racing.RaceNextWrite = true)
            .Send("order supplies")
            .ExpectText("already handled")
            .Do(async s => Assert.Equal("{}", (await s.Store.ReadAsync("dialogs/test/conv1/u1", CancellationToken.None))!.Json))
            .RunAsync();
    }

    /// <summary>Lets another writer win the race: just before the next write, the key is changed behind the caller's back.</summary>
    private sealed class RacingStateStore : IStateStore
    {
        public InMemoryStateStore Inner { get; set; } = new();
        public bool RaceNextWrite { get; set; }

        public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) => Inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
        {
            if (RaceNextWrite)
            {
                RaceNextWrite = false;
                var current = await Inner.ReadAsync(key, cancellationToken);
                await Inner.WriteAsync(key, current?.Json ?? "{}", "*", cancellationToken);
            }
            return await Inner.WriteAsync(key, json, expectedETag, cancellationToken);
        }

        public Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken) => Inner.TryCreateAsync(key, json, cancellationToken);

        public Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken) => Inner.DeleteAsync(key, expectedETag, cancellationToken);

        public Task<IReadOnlyList<StoredItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken) => Inner.ListAsync(keyPrefix, cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// Bot hosts on one PostgreSQL database, as several instances behind one endpoint run: each with its own HTTP client,
/// all with the same <see cref="ChatFeature"/>.
/// </summary>
internal sealed class PostgresBotInstances : IAsyncDisposable
{
    private readonly List<TestBotFactory> _bots = [];
    private readonly List<HttpClient> _clients = [];

    public PostgresBotInstances(int count, string connectionString, ChatFeature feature, IReadOnlyDictionary<string, string?>? settings = null)
    {
        for (var i = 0; i < count; i++)
        {
            var configuration = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["ConnectionStrings:Postgres"] = connectionString };
            var bot = new TestBotFactory(configuration, s => s.AddSingleton(feature), inMemoryStore: false);
            _bots.Add(bot);
            _clients.Add(bot.CreateClient());
        }
    }

    public IReadOnlyList<HttpClient> Clients => _clients;

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }
    }
}

using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>Conversation scripts on the real bot with the ticket store on a temporary SQLite file (deleted on dispose).</summary>
internal sealed class TicketChatScripts : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"onej-ticket-chat-{Guid.NewGuid():N}.db");

    public ConversationScript New(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null) => new(configure, settings: new Dictionary<string, string?>
    {
        ["Storage:SqlitePath"] = _path,
        ["Tickets:Owners:Toronto"] = "Taylor",
    });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}

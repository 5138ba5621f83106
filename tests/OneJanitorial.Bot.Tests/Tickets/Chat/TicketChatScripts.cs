using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>Conversation scripts on the real bot with the ticket store on a temporary SQLite file (deleted on dispose).</summary>
internal sealed class TicketChatScripts : IDisposable
{
    private readonly SqliteTestFolder _folder = new();

    public ConversationScript New(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null) => new(configure, settings: new Dictionary<string, string?>
    {
        ["Storage:SqlitePath"] = _folder.PathOf(),
        ["Tickets:Owners:Toronto"] = "Taylor",
    });

    public void Dispose() => _folder.Dispose();
}

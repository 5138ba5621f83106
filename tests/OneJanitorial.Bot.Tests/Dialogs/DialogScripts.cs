using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Dialogs;

/// <summary>A conversation script with the sample dialogs registered.</summary>
internal static class DialogScripts
{
    public static ConversationScript New(Action<IServiceCollection>? more = null) => new(services =>
    {
        services.AddDialog<SupplyOrderDialog>();
        services.AddDialog<NoteDialog>();
        services.AddSingleton<ChatFeature, SampleDialogStarter>();
        more?.Invoke(services);
    });

    /// <summary>Starts the supply order and fills its first step (North Tower, 2026-03-09).</summary>
    public static ConversationScript AtQuantityStep(this ConversationScript script) => script
        .Send("order supplies")
        .ExpectCard("Supply order: where")
        .Submit(new { building = "north", neededBy = "2026-03-09" })
        .ExpectCard("Supply order: quantity");
}

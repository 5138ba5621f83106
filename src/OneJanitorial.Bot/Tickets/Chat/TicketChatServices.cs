using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tickets.Chat;

public static class TicketChatServices
{
    /// <summary>Ticket intake and ticket cards in chat. Needs <c>AddTickets</c> (the store) and <c>AddDialogs</c> (the engine).</summary>
    public static IServiceCollection AddTicketChat(this IServiceCollection services)
    {
        services.AddDialog<IntakeDialog>();
        services.AddDialog<QuickIntakeDialog>();
        services.AddDialog<MasterNoteDialog>();
        services.AddSingleton<TicketActions>();
        services.AddSingleton<ChatFeature, TicketChatFeature>();
        services.AddSingleton(new OfferedAction(ActionPlace.Welcome, new VerbAction("New ticket", TicketVerbs.NewTicket) { Intent = Intent.Primary }));
        services.AddSingleton(new OfferedAction(ActionPlace.Reminder, new VerbAction("Open ticket", TicketVerbs.Show)));
        foreach (var sample in TicketCardSamples.All())
        {
            services.AddSingleton(sample);
        }
        services.AddSingleton(sp => TicketCardSamples.Card(sp.GetServices<OfferedAction>()));
        services.AddSingleton(sp => TicketCardSamples.QuickCard(sp.GetServices<OfferedAction>()));
        return services;
    }
}

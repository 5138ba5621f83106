using Microsoft.Extensions.DependencyInjection.Extensions;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Recaps;

public static class RecapServiceCollectionExtensions
{
    /// <summary>
    /// The recap writer always; sending over SMTP when <c>Mail:Smtp:Host</c> is set, else through Microsoft Graph when
    /// <c>Mail:Graph:Sender</c> is set (otherwise
    /// <see cref="RecapDelivery"/> offers the email as copy text). <see cref="RecapDelivery"/> and <see cref="RecapDrafts"/>
    /// need an IStateStore when they are used.
    /// </summary>
    public static IServiceCollection AddRecaps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RecapWriter>();
        services.AddSingleton<ClientTemplates>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphMailOptions>().BindConfiguration(GraphMailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.SectionName}:{nameof(SmtpOptions.Host)}"]))
        {
            services.AddSingleton<IRecapSender, SmtpRecapSender>();
        }
        else if (!string.IsNullOrWhiteSpace(configuration[$"{GraphMailOptions.SectionName}:{nameof(GraphMailOptions.Sender)}"]))
        {
            services.AddHttpClient(GraphRecapSender.HttpClientName);
            services.AddSingleton<IRecapSender, GraphRecapSender>();
        }
        services.AddSingleton<RecapDelivery>();
        services.AddSingleton<RecapDrafts>();
        services.AddSingleton(sp => new ViewSample(RecapCardSample.Name, () => RecapCardSample.Build(sp.GetRequiredService<PromptLibrary>())));
        return services;
    }

    /// <summary>
    /// The chat feature ("recap 42" and the preview card's buttons) with tickets from the ticket store
    /// (<see cref="TicketRecapFactsSource"/>, unless another <see cref="IRecapFactsSource"/> is registered first).
    /// Separate from <see cref="AddRecaps"/> because it needs an IStateStore and the tickets registered.
    /// </summary>
    public static IServiceCollection AddRecapChat(this IServiceCollection services)
    {
        services.TryAddSingleton<IRecapFactsSource, TicketRecapFactsSource>();
        services.AddSingleton<ChatFeature, RecapChatFeature>();
        services.AddSingleton(new OfferedAction(ActionPlace.Ticket, new VerbAction("Recap", RecapVerbs.Regenerate)));
        return services;
    }

    /// <summary>
    /// "client email 42" (templates A–E, Template E's send time from <c>Tickets:Holidays</c>) and "review 42"
    /// (the SOP's Google review rules), with their card samples. Needs the tickets and <see cref="AddRecaps"/>.
    /// </summary>
    public static IServiceCollection AddClientEmailChat(this IServiceCollection services)
    {
        services.AddSingleton<ChatFeature, ClientEmailChatFeature>();
        ClientEmailCardSamples.Register(services);
        return services;
    }
}

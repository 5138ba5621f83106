using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Channels.Slack.SocketMode;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Reminders.Chat;

namespace OneJanitorial.Bot.Channels.Slack;

public static class SlackChannelServices
{
    /// <summary>
    /// The Slack channel: options (validated on start), the Web API client, the inbox and its worker, Socket Mode, and
    /// the reminder sender for the teams on Slack.
    /// The worker and Socket Mode do nothing unless Slack is configured; <see cref="SlackEndpoints.MapSlack"/> maps the
    /// HTTP endpoints only with a signing secret. Needs an <c>IStateStore</c> and the conversation gate that Teams turns
    /// share (<see cref="ConversationGateServices.AddConversationGate"/>).
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Slack counts real seconds: the machine clock, also in a host whose TimeProvider is a test's frozen fake clock.
        services.AddSingleton(_ => new SlackChannelRateLimiter(TimeProvider.System));
        // Each attempt is timed on the bot's clock (Slack:CallTimeoutSeconds, below HttpClient's 100 s).
        services.AddTransient<SlackCallTimeoutHandler>();
        var webApi = services.AddHttpClient<SlackWebApiClient>();
        webApi.AddResilienceHandler("slack-429", AddRateLimitRetry);
        webApi.AddHttpMessageHandler<SlackCallTimeoutHandler>();
        services.AddSingleton<SlackMessageFormatter>();
        services.AddSingleton<SlackInbox>();
        services.AddSingleton<SlackMetrics>();
        services.AddSingleton<SlackFailureNotice>();
        services.AddSingleton<SlackModalStore>();
        services.AddSingleton<SlackFollowUps>();
        services.AddSingleton<SlackConversationGate>();
        services.AddSingleton<SlackViewSubmissions>();
        services.AddSingleton<SlackReceiver>();
        services.AddSingleton<SlackHomeTab>();
        services.AddSingleton<SlackTurnRunner>();
        // Its URL carries a one-time connection ticket: not logged.
        services.AddHttpClient(SocketModeConnection.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<SocketModeConnection>();
        AddReminderSender(services);
        services.AddHostedService<SlackInboxWorker>();
        services.AddHostedService<SocketModeService>();
        return services;
    }

    /// <summary>
    /// Reminders and scheduled huddle posts of the teams mapped to Slack go to Slack; the sender registered before
    /// (Teams) keeps every other team. <see cref="TeamChannels"/> tells the huddle posts which teams moved to Slack.
    /// </summary>
    private static void AddReminderSender(IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SlackOptions>>().Value is { IsEnabled: true } slack ? slack.Teams : TeamChannels.None);
        var before = services.LastOrDefault(d => d.ServiceType == typeof(IReminderSender));
        if (before is not null)
        {
            services.Remove(before);
        }
        services.AddSingleton<IReminderSender>(sp => new SlackReminderSender(
            sp.GetRequiredService<SlackWebApiClient>(),
            sp.GetRequiredService<SlackMessageFormatter>(),
            sp.GetRequiredService<ReminderRouter>(),
            sp.GetRequiredService<ReminderCards>(),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<TurnDeliveries>(),
            before is null ? null : Resolve(sp, before)));
    }

    private static IReminderSender Resolve(IServiceProvider sp, ServiceDescriptor descriptor) => (IReminderSender)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    /// <summary>
    /// Only 429 is retried, after its Retry-After: Slack did not act on that call. Anything else may have posted
    /// the message, so retrying could post it twice.
    /// </summary>
    private static void AddRateLimitRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (options.MaxAttempts < 2)
        {
            return;
        }
        var logger = context.ServiceProvider.GetRequiredService<ILogger<SlackWebApiClient>>();
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxAttempts - 1,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
            ShouldRetryAfterHeader = true,
            Delay = TimeSpan.FromSeconds(1),
            OnRetry = args =>
            {
                var method = args.Outcome.Result?.RequestMessage?.RequestUri?.Segments.LastOrDefault() ?? "?";
                Log.RateLimited(logger, method, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1);
                return ValueTask.CompletedTask;
            },
        });
    }
}

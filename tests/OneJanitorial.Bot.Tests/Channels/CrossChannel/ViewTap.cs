using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>
/// Records what the core sends in a conversation, before any channel renders it: every registered feature is wrapped
/// so that the output it writes to is tapped, whatever the channel adapter behind it.
/// </summary>
public sealed class ViewTap
{
    private readonly List<TappedReply> _replies = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<TappedReply> Replies
    {
        get
        {
            lock (_lock)
            {
                return [.. _replies];
            }
        }
    }

    /// <summary>The last view that has buttons (what a user presses next).</summary>
    public View? LastView => Replies.SelectMany(r => r.Views).LastOrDefault(v => ViewTree.Actions(v).OfType<VerbAction>().Any());

    /// <summary>Replaces every <see cref="ChatFeature"/> registration with the same feature writing through this tap.</summary>
    public void Wrap(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var registration = services[i];
            if (registration.ServiceType == typeof(ChatFeature))
            {
                services[i] = ServiceDescriptor.Singleton<ChatFeature>(sp => new TappedFeature(Create(sp, registration), this));
            }
        }
    }

    private static ChatFeature Create(IServiceProvider services, ServiceDescriptor registration) =>
        (ChatFeature)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));

    private void Add(TappedReply reply)
    {
        lock (_lock)
        {
            _replies.Add(reply);
        }
    }

    private sealed class TappedFeature(ChatFeature inner, ViewTap tap) : ChatFeature
    {
        public override string Name => inner.Name;

        public override IReadOnlyCollection<Verb> Verbs => inner.Verbs;

        public override bool AnswersUnclaimedText => inner.AnswersUnclaimedText;

        public override bool ClaimsText(IncomingTurn turn) => inner.ClaimsText(turn);

        public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
            inner.HandleAsync(turn, new TappedOutput(output, tap), cancellationToken);
    }

    private sealed class TappedOutput(ITurnOutput channel, ViewTap tap) : ITurnOutput
    {
        public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
        {
            tap.Add(new TappedReply(message.Text, message.Views, Replaced: false));
            return channel.SendAsync(message, cancellationToken);
        }

        public Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
        {
            tap.Add(new TappedReply(null, [view], Replaced: true));
            return channel.ReplaceCardAsync(view, cancellationToken);
        }
    }
}

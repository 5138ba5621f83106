using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.Tickets.Chat;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Conversation;

/// <summary>The product's features as registered by AddBot: one owner per verb, and every button the bot can show is answered.</summary>
public sealed class VerbRegistrationTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();

    [Fact]
    public void AddBot_EveryFeaturesVerbs_HaveOneOwnerAndTheBotStarts()
    {
        var services = _scripts.New().Services;

        var bot = services.GetRequiredService<ConversationBot>();

        Assert.NotNull(bot);
        var verbs = services.GetServices<ChatFeature>().SelectMany(f => f.Verbs).Select(v => v.Name).ToList();
        Assert.Equal(verbs.Distinct().Count(), verbs.Count);
        Assert.Contains("intake.start", verbs);
        Assert.Contains("recap.regenerate", verbs);
    }

    [Fact]
    public void AddBot_EveryButtonOfEverySampleView_IsAnsweredByAFeature()
    {
        var services = _scripts.New().Services;
        var owned = services.GetServices<ChatFeature>().SelectMany(f => f.Verbs).Append(WelcomeCard.HelpVerb).ToHashSet();

        var unanswered = services.GetServices<ViewSample>()
            .SelectMany(s => ViewTree.Actions(s.Build()).OfType<VerbAction>().Where(a => !owned.Contains(a.Verb)).Select(a => $"{s.Name}: {a.Title} ({a.Verb})"))
            .ToList();

        Assert.Empty(unanswered);
    }

    [Fact]
    public void AddBot_OfferedButtons_AreOnTheWelcomeAndTheTicketCard()
    {
        var samples = _scripts.New().Services.GetServices<ViewSample>().ToDictionary(s => s.Name, s => s.Build());

        Assert.Equal(["New ticket", "Help"], samples["welcome"].Actions.Select(a => a.Title));
        Assert.Contains(ViewTree.Actions(samples["ticket.card"]).OfType<VerbAction>(),
            a => a.Title == "Recap" && a.Verb.Name == "recap.regenerate" && a.Payload["ticket"] == "42");
    }

    public void Dispose() => _scripts.Dispose();
}

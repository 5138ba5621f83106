using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Chat;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Sop;

public sealed class SopServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSop_DefaultConfig_AnswersFromTheKnowledgeFolder()
    {
        using var provider = Services([]).AddSingleton<IStateStore, InMemoryStateStore>().BuildServiceProvider();

        var answer = await provider.GetRequiredService<SopAnswerer>().AnswerAsync("what is BCO+", CancellationToken.None);

        Assert.True(answer.Covered);
        Assert.Contains(provider.GetServices<ChatFeature>(), f => f is SopChatFeature);
        Assert.True(provider.GetRequiredService<SopFeedbackStore>().IsAvailable);
    }

    [Fact]
    public void AddSop_WithoutStateStore_StillResolvesAndRecordsNothing()
    {
        using var provider = Services([]).BuildServiceProvider();

        Assert.False(provider.GetRequiredService<SopFeedbackStore>().IsAvailable);
        Assert.NotNull(provider.GetServices<ChatFeature>().OfType<SopChatFeature>().Single());
    }

    [Fact]
    public void AddSop_MissingKnowledgePath_FailsWithAClearMessage()
    {
        using var provider = Services(new() { ["Knowledge:Paths:0"] = "no-such-folder" }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<KnowledgeBase>());

        Assert.Contains("Knowledge:Paths: not found:", error.Message);
        Assert.Contains("no-such-folder", error.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100001")]
    public void AddSop_AnswerCacheSizeOutOfRange_FailsOnStart(string size)
    {
        using var provider = Services(new() { ["Knowledge:AnswerCacheSize"] = size }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<SopAnswerCache>());

        Assert.Contains(nameof(KnowledgeOptions.AnswerCacheSize), error.Message);
    }

    [Fact]
    public async Task AddSop_AnswerCacheSizeZero_ResolvesAndAnswers()
    {
        using var provider = Services(new() { ["Knowledge:AnswerCacheSize"] = "0" }).BuildServiceProvider();
        var cache = provider.GetRequiredService<SopAnswerCache>();

        var answer = await cache.AnswerAsync("what is BCO+", CancellationToken.None);

        Assert.True(answer.Covered);
        Assert.Equal(0, cache.Count);
    }

    private static IServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(AppContext.BaseDirectory);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(environment.Object)
            .AddSingleton(TimeProvider.System)
            .AddLogging();
        services.AddSop(configuration);
        services.PostConfigure<KnowledgeOptions>(o => o.Watch = false);
        return services;
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>
/// The repository's knowledge/ folder (found from the working directory, as the CLI does), without file watching and
/// without the question vector cache: a benchmark asks one question over and over, and must time the model's run.
/// </summary>
internal static class ManualKnowledge
{
    public static IOptions<KnowledgeOptions> Options() =>
        Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions
        {
            Paths = [Path.Combine(OneJanitorial.Bot.BotHost.ContentRoot(), KnowledgeOptions.DefaultPath)],
            Watch = false,
            QuestionVectorCacheSize = 0,
        });

    public static KnowledgeBase Create(IOptions<KnowledgeOptions> options) =>
        new(options, new Environment(), TimeProvider.System, NullLogger<KnowledgeBase>.Instance);

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "OneJanitorial.Bot.Benchmarks";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>The model path end to end: SK client → fake OpenAI server on loopback → validation → fallback.</summary>
public sealed class RecapWriterLlmTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(_server));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Task<Recap> WriteAsync() =>
        new RecapWriter(RecapSamples.Prompts, NullLogger<RecapWriter>.Instance, _services.GetRequiredService<ILlmClient>())
            .WriteAsync(RecapSamples.R1(), CancellationToken.None);

    [Fact]
    public async Task WriteAsync_ValidDraft_UsesModelSectionsInFixedStructure()
    {
        _server.Enqueue(RecapSamples.ValidDraft().ToJsonString());

        var recap = await WriteAsync();

        Assert.Equal(RecapGenerator.Llm, recap.Generator);
        Assert.Contains("Northwind Dental reported this on Monday, March 9, 2026.", recap.Body);
        Assert.True(recap.Body.IndexOf("\nAction Plan\n", StringComparison.Ordinal) < recap.Body.IndexOf("\n3-Strike Policy\n", StringComparison.Ordinal));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("json_object", request.ResponseFormatType);
        Assert.Contains("\"strikeOrdinal\": \"2nd\"", request.UserPrompt);
        Assert.DoesNotContain("maria@sparkle-cleaning.example", request.UserPrompt);
    }

    [Fact]
    public async Task WriteAsync_FirstDraftInvalid_RetriesWithProblemsThenUsesModel()
    {
        _server.Enqueue(RecapSamples.ValidDraft().With("actionPlan", "- Fix it.").ToJsonString(), RecapSamples.ValidDraft().ToJsonString());

        var recap = await WriteAsync();

        Assert.Equal(RecapGenerator.Llm, recap.Generator);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("rejected for these reasons", _server.Requests[1].UserPrompt);
        Assert.Contains("next clean date", _server.Requests[1].UserPrompt);
    }

    public static TheoryData<string, string> BadDrafts() => new()
    {
        { Reordered(), "must come in the order" },
        { Without("checklist"), "Section \"checklist\" is missing" },
        { RecapSamples.ValidDraft().With("greeting", "Hi Maria").ToJsonString(), "\"greeting\" is not one of the four sections" },
        { RecapSamples.ValidDraft().With("checklist", " ").ToJsonString(), "\"checklist\" is empty" },
        { RecapSamples.ValidDraft().With("issue", "- Mirrors streaky, reported March 2, 2026.").ToJsonString(), "the date \"March 2, 2026\" is not in the ticket" },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task WriteAsync_InvalidTwice_FallsBackToTemplateSayingWhy(string draft, string expectedProblem)
    {
        _server.Enqueue(draft, draft);

        var recap = await WriteAsync();

        Assert.Equal(RecapGenerator.Template, recap.Generator);
        Assert.Contains(expectedProblem, recap.FallbackReason);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("This is your 2nd issue in 3 months", recap.Sections.ThreeStrikePolicy);
    }

    [Fact]
    public async Task WriteAsync_ServerFails_FallsBackToTemplateWithoutRetry()
    {
        _server.Mode = FakeOpenAiMode.Failing;

        var recap = await WriteAsync();

        Assert.Equal(RecapGenerator.Template, recap.Generator);
        Assert.Contains("unavailable", recap.FallbackReason);
        Assert.Single(_server.Requests);
    }

    private static string Reordered()
    {
        var valid = RecapSamples.ValidDraft();
        var reordered = new JsonObject();
        foreach (var name in new[] { "actionPlan", "issue", "checklist", "threeStrikePolicy" })
        {
            reordered[name] = valid[name]!.DeepClone();
        }
        return reordered.ToJsonString();
    }

    private static string Without(string section)
    {
        var draft = RecapSamples.ValidDraft();
        draft.Remove(section);
        return draft.ToJsonString();
    }
}

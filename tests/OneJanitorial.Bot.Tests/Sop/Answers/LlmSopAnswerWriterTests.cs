using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Sop;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

/// <summary>The LLM path through the real DI: SopAnswerer → LlmSopAnswerWriter → SK client → fake OpenAI server on loopback.</summary>
public sealed class LlmSopAnswerWriterTests : IAsyncLifetime
{
    private const string Question = "what is BCO+";

    private FakeOpenAiServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _services = Build(_server);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AnswerAsync_ModelAnswersWithCitations_UsesItWithCitationsInCitedOrder()
    {
        var given = Given(_services, Question);
        _server.Enqueue(Reply(true, "BCO+ marks a ticket for a cleaner already in the BCO process [2, 1]. See the ticket types [2].", 2, 1));

        var answer = await AnswerAsync(Question);

        Assert.Equal(SopAnswerGenerator.Llm, answer.Generator);
        Assert.True(answer.Covered);
        Assert.Equal(Question, answer.Question);
        Assert.Equal("BCO+ marks a ticket for a cleaner already in the BCO process [1][2]. See the ticket types [1].", answer.Text);
        Assert.Equal([given[1].Passage.Anchor, given[0].Passage.Anchor], answer.Citations.Select(c => c.Anchor));
        Assert.Equal([given[1].Passage.Section, given[0].Passage.Section], answer.Citations.Select(c => c.Section));
        Assert.Equal(given[1].Passage.Text, answer.Citations[0].Text);
    }

    [Fact]
    public async Task AnswerAsync_ModelCitesTwoPassagesOfOneSection_ListsTheSectionOnceUnderOneNumber()
    {
        const string question = "explain the 3 strike policy";
        var given = Given(_services, question);
        var pair = Enumerable.Range(0, given.Count).SelectMany(i => Enumerable.Range(i + 1, given.Count - i - 1).Select(j => (i, j)))
            .First(p => given[p.i].Passage.Section == given[p.j].Passage.Section && given[p.i].Passage.Document == given[p.j].Passage.Document);
        var other = Enumerable.Range(0, given.Count).First(k => given[k].Passage.Section != given[pair.i].Passage.Section);
        _server.Enqueue(Reply(true, $"First [{other + 1}], then [{pair.i + 1}] and [{pair.j + 1}], also [{pair.i + 1}, {pair.j + 1}].", other + 1, pair.i + 1, pair.j + 1));

        var answer = await AnswerAsync(question);

        Assert.Equal("First [1], then [2] and [2], also [2].", answer.Text);
        Assert.Equal([given[other].Passage.Section, given[pair.i].Passage.Section], answer.Citations.Select(c => c.Section));
    }

    [Fact]
    public async Task AnswerAsync_Prompt_HoldsOnlyTheRetrievedPassagesNumbered()
    {
        var given = Given(_services, Question);
        _server.Enqueue(Reply(true, "Already BCO [1].", 1));

        await AnswerAsync(Question);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("json_object", request.ResponseFormatType);
        Assert.Contains("ONLY source", request.SystemPrompt);
        var prompt = request.UserPrompt!;
        Assert.Contains("CSR question: what is BCO+", prompt);
        Assert.Equal(given.Count, prompt.Split('\n').Count(l => l.Contains("] Section: ", StringComparison.Ordinal)));
        for (var i = 0; i < given.Count; i++)
        {
            Assert.Contains($"[{i + 1}] Section: {given[i].Passage.Section} ({given[i].Passage.Document})\n{given[i].Passage.Text}", prompt);
        }
        var other = _services.GetRequiredService<KnowledgeBase>().Current.Passages
            .First(p => p.Text.Length > 80 && given.All(h => !h.Passage.Text.Contains(p.Text, StringComparison.Ordinal)));
        Assert.DoesNotContain(other.Text, prompt);
    }

    [Fact]
    public async Task AnswerAsync_ModelDeclines_NotCoveredWithSopDeclineText()
    {
        _server.Enqueue(Reply(false, ""));

        var answer = await AnswerAsync(Question);

        Assert.False(answer.Covered);
        Assert.Equal(SopAnswer.NotCoveredText, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Equal(SopAnswerGenerator.Llm, answer.Generator);
    }

    [Theory]
    [InlineData("passage not given", "{\"covered\":true,\"answer\":\"Already BCO [1], see also [7].\",\"citations\":[1,7]}")]
    [InlineData("citation zero", "{\"covered\":true,\"answer\":\"Already BCO [0].\",\"citations\":[0]}")]
    [InlineData("no citation", "{\"covered\":true,\"answer\":\"Already BCO.\",\"citations\":[]}")]
    [InlineData("not JSON", "BCO+ means already in BCO [1].")]
    [InlineData("no covered flag", "{\"answer\":\"Already BCO [1].\",\"citations\":[1]}")]
    [InlineData("empty answer", "{\"covered\":true,\"answer\":\" \",\"citations\":[1]}")]
    public async Task AnswerAsync_UnusableReply_FallsBackToExtractive(string why, string content)
    {
        _server.Enqueue(content);

        var answer = await AnswerAsync(Question);

        Assert.True(SopAnswerGenerator.Extractive == answer.Generator, why);
        Assert.Equal(Extractive(_services, Question).Text, answer.Text);
        Assert.True(answer.Covered);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_ServerFails_FallsBackToExtractive()
    {
        _server.Mode = FakeOpenAiMode.Failing;

        var answer = await AnswerAsync(Question);

        Assert.Equal(SopAnswerGenerator.Extractive, answer.Generator);
        Assert.Equal(Extractive(_services, Question).Text, answer.Text);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_ServerSlowerThanTimeout_FallsBackToExtractive()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Mode = FakeOpenAiMode.Slow;
        var time = new FakeTimeProvider();
        await using var services = Build(server, timeoutSeconds: 3, time);
        var arrived = server.RequestArrived;

        var call = services.GetRequiredService<SopAnswerer>().AnswerAsync(Question, CancellationToken.None);
        await arrived;
        time.Advance(TimeSpan.FromSeconds(3));
        var answer = await call;

        Assert.Equal(SopAnswerGenerator.Extractive, answer.Generator);
        Assert.Equal(Extractive(services, Question).Text, answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_RetrievalFindsNothing_DeclinesWithoutCallingTheModel()
    {
        var answer = await AnswerAsync("how do I reset my laptop password?");

        Assert.False(answer.Covered);
        Assert.Equal(SopAnswer.NotCoveredText, answer.Text);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AskJson_WithModel_WritesTheSameLineShapeWithCitedPassages()
    {
        var given = Given(_services, Question);
        _server.Enqueue(Reply(true, "A cleaner already in the BCO process [1].", 1));
        var output = new StringWriter();

        await SopCommands.WriteJsonLinesAsync(_services.GetRequiredService<SopAnswerCache>(), buckets: null, new StringReader(Question + "\n"), output, CancellationToken.None);

        using var line = JsonDocument.Parse(Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = line.RootElement;
        Assert.Equal(["question", "answer", "covered", "citations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("A cleaner already in the BCO process [1].", root.GetProperty("answer").GetString());
        Assert.True(root.GetProperty("covered").GetBoolean());
        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray());
        Assert.Equal(["document", "section", "score", "text"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(given[0].Passage.Section, citation.GetProperty("section").GetString());
        Assert.Equal(given[0].Passage.Document, citation.GetProperty("document").GetString());
    }

    [Fact]
    public void AddSop_NoLlmProvider_RegistersNoWriter()
    {
        using var services = LlmTestServices.Build(KnowledgeSettings(), addFeature: (s, c) => s.AddSop(c));

        Assert.Null(services.GetService<ISopAnswerWriter>());
        Assert.IsType<LlmSopAnswerWriter>(_services.GetRequiredService<ISopAnswerWriter>());
    }

    private Task<SopAnswer> AnswerAsync(string question) =>
        _services.GetRequiredService<SopAnswerer>().AnswerAsync(question, CancellationToken.None);

    private static ServiceProvider Build(FakeOpenAiServer server, double timeoutSeconds = 20, TimeProvider? time = null)
    {
        var settings = LlmTestServices.OpenAiCompatible(server, timeoutSeconds);
        foreach (var (key, value) in KnowledgeSettings())
        {
            settings[key] = value;
        }
        return LlmTestServices.Build(settings, time, (s, c) => s.AddSop(c));
    }

    private static Dictionary<string, string?> KnowledgeSettings() => new()
    {
        ["Knowledge:Paths:0"] = SopFixture.ManualFolder,
        ["Knowledge:Watch"] = "false",
        // The writer is under test, not retrieval: keyword search only, so Given() ranks as the answerer does.
        ["Knowledge:LocalEmbeddings"] = "false",
    };

    /// <summary>The passages the writer shows the model, as the same search ranks them.</summary>
    private static List<SopHit> Given(IServiceProvider services, string question) =>
        [.. services.GetRequiredService<SopSearch>().Search(question, SopAnswerer.RetrievalDepth).Hits.Take(LlmSopAnswerWriter.MaxPassages)];

    private static SopAnswer Extractive(IServiceProvider services, string question) =>
        services.GetRequiredService<SopAnswerer>().Extract(question, services.GetRequiredService<SopSearch>().Search(question, SopAnswerer.RetrievalDepth));

    private static string Reply(bool covered, string answer, params int[] citations) => new JsonObject
    {
        ["covered"] = covered,
        ["answer"] = answer,
        ["citations"] = new JsonArray([.. citations.Select(c => (JsonNode)c)]),
    }.ToJsonString();
}

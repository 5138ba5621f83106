using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Chat;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>
/// What a Teams turn does with an SOP answer it already has (a cached answer): build the answer view, render it as
/// an Adaptive Card and write the outgoing activity as the UTF-8 JSON posted to the Bot Connector. Time and bytes
/// allocated per answer, the part of a turn's cost that grows with the cited section.
/// </summary>
[Config(typeof(BenchmarkSettings))]
[MemoryDiagnoser]
public class AnswerCardBenchmarks
{
    private static readonly ConversationAccount Conversation = new() { Id = "a:1", ConversationType = "personal" };
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "One Janitorial" };
    private static readonly ChannelAccount User = new() { Id = "29:user", Name = "CSR" };

    private KnowledgeBase _knowledge = null!;
    private SopAnswer _answer = null!;
    private int _turn;

    [Params("how long do I have to close a ticket?", "explain the three strike policy", "what goes in the master note")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var options = ManualKnowledge.Options();
        _knowledge = ManualKnowledge.Create(options);
        var answerer = new SopAnswerer(new SopSearch(_knowledge), options, NullLogger<SopAnswerer>.Instance);
        _answer = answerer.AnswerAsync(Question, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _knowledge.Dispose();

    [Benchmark(Description = "answer card: view, card, activity JSON")]
    public int Card()
    {
        var citation = _answer.Citations[0];
        var section = _knowledge.Current.SectionMarkup(citation.Document, citation.Anchor);
        var view = SopAnswerCard.Build(_answer, "q" + _turn++, section);
        var activity = TeamsMessages.ToActivity(BotMessage.WithView(view), Conversation, Bot, User);
        return JsonSerializer.SerializeToUtf8Bytes(activity, TeamsJsonContext.Default.Activity).Length;
    }
}

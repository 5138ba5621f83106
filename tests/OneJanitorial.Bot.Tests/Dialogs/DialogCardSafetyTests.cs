using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Dialogs;

/// <summary>A step whose card cannot be written as JSON is never saved as the step to resume (the lock-out of issue 9).</summary>
public sealed partial class DialogCardSafetyTests
{
    [Fact]
    public async Task ContinueAsync_CardCannotBeSerialized_NothingSavedAndResumeShowsLastStep()
    {
        await DialogScripts.New(services =>
            {
                services.AddDialog<BrokenCardDialog>();
                services.AddSingleton<ChatFeature, BrokenCardStarter>();
            })
            .Send("broken card").ExpectCard("Type anything")
            .Submit(new { text = "break it" }).ExpectText("Nothing was saved")
            .Send("resume").ExpectCard("Type anything")
            .Submit(new { text = "fine" }).ExpectCard("You typed fine")
            .RunAsync();
    }

    [Fact]
    public async Task Text_LoneSurrogate_ReplacedSoTheCardStillSerializes()
    {
        await DialogScripts.New()
            .AtQuantityStep()
            .Press("Add note").ExpectCard("Add a note")
            .Submit(new { note = "bad \uD800 text" }).ExpectCard(card =>
            {
                Assert.Contains("Note: bad \uFFFD text", string.Join("\n", CardTree.Elements(card).OfType<TextBlock>().Select(t => t.Text)));
                CardJson.Serialize(card);
            })
            .RunAsync();
    }

    public sealed record BrokenState(string? Typed = null);

    [JsonSerializable(typeof(BrokenState))]
    internal sealed partial class BrokenJsonContext : JsonSerializerContext;

    /// <summary>An element type the card serializer does not know, so the card cannot be written.</summary>
    public sealed record UnknownElement : CardElement;

    /// <summary>Shows "break it" with an element the card serializer refuses to write.</summary>
    public sealed class BrokenCardDialog() : Dialog<BrokenState>(BrokenJsonContext.Default.BrokenState)
    {
        public override string Id => "test.broken";

        protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken) =>
            Task.FromResult(Next(new BrokenState()));

        protected override Task<DialogStep> ContinueAsync(DialogContext context, BrokenState state, CancellationToken cancellationToken) =>
            Task.FromResult(Next(new BrokenState(context.Text("text"))));

        protected override AdaptiveCard Render(BrokenState state) => new()
        {
            Body = state.Typed is null
                ? [new TextBlock("Type anything"), new TextInput { Id = "text" }]
                : state.Typed == "break it" ? [new UnknownElement()] : [new TextBlock($"You typed {state.Typed}")],
            Actions = [new SubmitAction("Next", CardData.For("broken.next"))],
        };
    }

    public sealed class BrokenCardStarter(DialogRunner runner) : ChatFeature
    {
        public override bool CanHandle(IncomingTurn turn) => turn.Text == "broken card";

        public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
            runner.BeginAsync(turn, output, "test.broken", cancellationToken);
    }
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Dialogs;

/// <summary>A step whose view cannot be drawn is never saved as the step to resume (the lock-out of issue 9).</summary>
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

    /// <summary>A block outside the closed set, so no channel can draw the view.</summary>
    public sealed record UnknownBlock : Block;

    /// <summary>Shows "break it" with a block no renderer knows.</summary>
    public sealed class BrokenCardDialog() : Dialog<BrokenState>(BrokenJsonContext.Default.BrokenState)
    {
        public override string Id => "test.broken";

        public override IReadOnlyCollection<Verb> Verbs => [new("broken.next")];

        protected override Task<DialogStep> BeginAsync(DialogContext context, JsonObject? options, CancellationToken cancellationToken) =>
            Task.FromResult(Next(new BrokenState()));

        protected override Task<DialogStep> ContinueAsync(DialogContext context, BrokenState state, CancellationToken cancellationToken) =>
            Task.FromResult(Next(new BrokenState(context.Text("text"))));

        protected override View Render(BrokenState state) => new("broken")
        {
            Blocks = state.Typed is null
                ? [new Paragraph("Type anything"), new FormField("text", FieldKind.Text, null)]
                : state.Typed == "break it" ? [new UnknownBlock()] : [new Paragraph($"You typed {state.Typed}")],
            Actions = [new VerbAction("Next", new("broken.next"))],
        };
    }

    public sealed class BrokenCardStarter(DialogRunner runner) : ChatFeature
    {
        public override bool ClaimsText(IncomingTurn turn) => turn.Text == "broken card";

        public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
            runner.BeginAsync(turn, output, "test.broken", cancellationToken);
    }
}

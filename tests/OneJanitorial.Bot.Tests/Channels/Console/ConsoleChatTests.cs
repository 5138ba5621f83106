using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Tests.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Console;

public sealed class ConsoleChatTests
{
    [Fact]
    public async Task RunAsync_Start_ShowsWelcomeCardWithNumberedButtons()
    {
        var (code, stdout) = await ChatAsync("quit\n");

        Assert.Equal(0, code);
        Assert.Contains("# Hi! I'm the One Janitorial CSR assistant.", stdout);
        Assert.Contains("  Tickets: \"new ticket\"", stdout);
        Assert.Contains("| [1] New ticket", stdout);
        Assert.Contains("| [2] Help", stdout);
    }

    [Fact]
    public async Task RunAsync_EndOfInput_ExitsWithZero()
    {
        var (code, _) = await ChatAsync("");

        Assert.Equal(0, code);
    }

    [Fact]
    public async Task RunAsync_FormButton_PromptsInputsAndSendsTeamsShapedData()
    {
        var input = string.Join('\n', "form", "1", "", "Ann", "9", "3", "y", "2026-13-01", "2026-03-09", "2", "maybe", "no", "quit");

        var (_, stdout) = await ChatAsync(input);

        Assert.Contains("Name is required.", stdout);
        Assert.Contains("Please enter a number from 1 to 5.", stdout);
        Assert.Contains("Please enter a date as yyyy-MM-dd", stdout);
        Assert.Contains("    2) Glass", stdout);
        Assert.Contains("| > In scope?: ____\n|     1) Yes\n|     2) No", stdout.Replace("\r", ""));
        Assert.Contains("Please pick 1 to 2.", stdout);
        Assert.Contains("bot> got {\"verb\":\"form.send\",\"fixed\":\"x\",\"name\":\"Ann\",\"count\":\"3\",\"urgent\":\"true\",\"when\":\"2026-03-09\",\"tags\":\"glass\",\"inScope\":\"no\"}", stdout);
    }

    [Fact]
    public async Task RunAsync_BotTextWithBold_ShowsThePlainWords()
    {
        var (_, stdout) = await ChatAsync("cancel\nquit\n");

        Assert.Contains("bot> Nothing is in progress. Type help to see what I can do.", stdout);
        Assert.DoesNotContain("**", stdout);
    }

    [Fact]
    public async Task RunAsync_DialogCancelButton_DoesNotAskForInputs()
    {
        var input = string.Join('\n', "order supplies", "3", "quit");

        var (_, stdout) = await ChatAsync(input);

        Assert.Contains("| [3] Cancel", stdout);
        Assert.Contains("bot> Cancelled the supply order.", stdout);
        Assert.DoesNotContain("Which building? (number)", stdout);
    }

    [Fact]
    public async Task RunAsync_DialogNextButton_WalksToNextStep()
    {
        var input = string.Join('\n', "order supplies", "1", "", "2", "2026-03-09", "quit");

        var (_, stdout) = await ChatAsync(input);

        Assert.Contains("| > Which building? (required): ____", stdout);
        Assert.Contains("Which building? is required.", stdout);
        Assert.Contains("bot> (updated card)", stdout);
        Assert.Contains("# Supply order: quantity", stdout);
    }

    private static async Task<(int Code, string Stdout)> ChatAsync(string stdin)
    {
        var script = DialogScripts.New(services => services.AddSingleton<ChatFeature, FormFeature>());
        var stdout = new StringWriter();
        var chat = new ConsoleChat(script.Services.GetRequiredService<ConversationBot>(), new StringReader(stdin), stdout, script.Clock, new TurnUser("u1", "Casey"));
        var code = await chat.RunAsync(CancellationToken.None);
        return (code, stdout.ToString());
    }

    /// <summary>"form" sends a card with every input kind; its submit is echoed back as JSON.</summary>
    private sealed class FormFeature : ChatFeature
    {
        public override IReadOnlyCollection<Verb> Verbs => [new("form.send")];

        public override bool ClaimsText(IncomingTurn turn) => turn.Text == "form";

        public override Task HandleAsync(IncomingTurn turn, ITurnOutput output, CancellationToken cancellationToken) =>
            output.SendAsync(turn.Verb == "form.send" ? BotMessage.Plain("got " + turn.Data!.ToJsonString()) : BotMessage.WithView(Card()), cancellationToken);

        private static View Card() => new("form")
        {
            Blocks =
            [
                new FormField("name", FieldKind.Text, "Name") { Required = true },
                new FormField("count", FieldKind.Number, "Count") { Min = 1, Max = 5 },
                new FormField("urgent", FieldKind.Check, "Urgent") { Statement = "Urgent" },
                new FormField("when", FieldKind.Date, "When"),
                new FormField("tags", FieldKind.Choice, "Tags") { Options = [new Option("Floors", "floors"), new Option("Glass", "glass")] },
                new FormField("inScope", FieldKind.YesNo, "In scope?"),
            ],
            Actions = [new VerbAction("Send", new("form.send")) { Payload = Payload.Of(("fixed", "x")) }],
        };
    }
}

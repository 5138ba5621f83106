using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.CrossChannel;

/// <summary>
/// The terminal: <c>ConsoleChat</c> runs as in <c>chat</c>, on the product's services; a press types the button's
/// number, then answers each field prompt (an empty line keeps the field's value).
/// </summary>
public sealed class ConsoleLeg : ConversationLeg
{
    private readonly ConsoleInputScript _input = new();
    private readonly StringWriter _output = new();
    private Task<int>? _chat;

    public override string Channel => ConsoleChat.Channel;

    public override async Task SayAsync(string text) => await (await StartedAsync()).TypeAsync(text);

    public override async Task PressAsync(string title, IReadOnlyDictionary<string, string> inputs)
    {
        var view = LastView;
        var button = Button(view, title);
        var number = ViewTextRenderer.MenuOf(view).ToList().IndexOf(button) + 1;
        IEnumerable<string> answers = button.SkipsForm ? [] : ViewTree.Fields(view).Select(f => inputs.GetValueOrDefault(f.Id, ""));
        await (await StartedAsync()).TypeAsync([number.ToString(System.Globalization.CultureInfo.InvariantCulture), .. answers]);
    }

    /// <summary>The terminal shows each tapped reply, in order: its text as plain words and each view as <see cref="ViewTextRenderer"/> draws it.</summary>
    public override Task AssertRenderingsAsync()
    {
        var shown = _output.ToString();
        var at = 0;
        foreach (var reply in Tap.Replies)
        {
            IEnumerable<string> expected =
            [
                .. reply.Text is null ? [] : new[] { "bot> " + ViewTextRenderer.Plain(reply.Text) },
                .. reply.Replaced ? new[] { "bot> (updated card)" } : [],
                .. reply.Views.Select(ViewTextRenderer.Render),
            ];
            foreach (var part in expected)
            {
                var found = shown.IndexOf(part, at, StringComparison.Ordinal);
                Assert.True(found >= 0, $"The terminal did not show, in order: {part}");
                at = found + part.Length;
            }
        }
        Assert.DoesNotContain("**", shown, StringComparison.Ordinal);
        return Task.CompletedTask;
    }

    private async Task<ConsoleInputScript> StartedAsync()
    {
        if (_chat is null)
        {
            var chat = new ConsoleChat(Bot.Services.GetRequiredService<ConversationBot>(), _input, _output, Clock, new TurnUser(UserId, UserName));
            _chat = chat.RunAsync(CancellationToken.None);
            await _input.WaitForPromptAsync();
        }
        return _input;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_chat is not null)
        {
            _ = _input.Type("quit");
            Assert.Equal(0, await _chat.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        _input.Dispose();
        await _output.DisposeAsync();
        await base.DisposeAsync();
    }
}

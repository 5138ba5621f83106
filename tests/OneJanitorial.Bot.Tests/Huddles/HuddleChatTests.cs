using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Huddles;

public sealed class HuddleChatTests
{
    [Fact]
    public async Task Send_Huddle_MorningDigestBeforeNoon() =>
        await new ConversationScript()
            .Send("huddle")
            .ExpectCard("Morning huddle — Mon, Mar 2") // the script's clock: 09:00 in Toronto
            .RunAsync();

    [Fact]
    public async Task Send_HuddleAfterNoon_EndOfDayDigestWithItsSections()
    {
        var script = new ConversationScript();
        script.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 21, 30, 0, TimeSpan.Zero)); // 16:30 Toronto

        await script.Send("Huddle").ExpectCard("Still untouched").RunAsync();
    }
}

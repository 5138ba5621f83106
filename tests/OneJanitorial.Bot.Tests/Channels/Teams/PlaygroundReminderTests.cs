using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Reminders;
using OneJanitorial.Bot.Tests.Reminders;
using OneJanitorial.Bot.Tickets;
using static OneJanitorial.Bot.Tests.Channels.Teams.PlaygroundApi;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// Proactive reminders end to end with the Agents Playground: a scheduler pass of the running bot (the pass its Quartz
/// job runs) posts due reminders as cards through the Playground's connector, to the owner's personal chat, and to the
/// team channel for an owner the bot has no chat with.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundReminderTests(PlaygroundFixture playground)
{
    private PlaygroundApi Api => playground.Api;

    [Fact]
    public async Task DueReminder_OwnerWithPersonalChatAndOwnerWithout_CardInThePersonalChatAndInTheChannel()
    {
        await Api.InstallAsync(PersonalChat); // Casey Rivera's 1:1 chat with the bot (the install names no one: user-id-0)
        await Api.SendAsync(TeamChannel, "help", mentionBot: true); // the bot now knows the team channel, and that user-id-0 is Casey Rivera
        var channel = await ChannelReferenceAsync();
        var casey = await SeedAsync("Casey Rivera");
        var megan = await SeedAsync("Megan Bowen"); // never wrote to the bot: the channel, named in bold
        var since = Now();

        await playground.BotServices.GetRequiredService<ReminderDispatcher>().RunOnceAsync(CancellationToken.None);

        var personal = await Api.WaitForBotMessageAsync(PersonalChat, since, m => IsReminder(m, casey), "client-response card in the personal chat");
        Assert.Equal("1.2", (string?)CardOf(personal)!["version"]);
        await Api.WaitForBotMessageAsync(channel.ConversationId, since, m => IsReminder(m, megan), "client-response card in the team channel");
        // The Playground shows the text in front of the card as a message of its own.
        await Api.WaitForBotMessageAsync(channel.ConversationId, since, m => (string?)m["text"] == "**@Megan Bowen** Client response due", "the line naming the owner");
        Assert.DoesNotContain(Api.BotMessagesBetween(PersonalChat, since, Now()), m => IsReminder(m, megan));
    }

    private static bool IsReminder(System.Text.Json.Nodes.JsonObject message, long ticket) =>
        CardOf(message) is { } card && card.ToJsonString().Contains("Client response due", StringComparison.Ordinal)
        && card.ToJsonString().Contains($"Ticket {ticket}:", StringComparison.Ordinal);

    /// <summary>A ticket received 90 minutes ago: its client-response reminder is due now.</summary>
    private async Task<long> SeedAsync(string owner)
    {
        var received = TimeProvider.System.GetUtcNow().AddMinutes(-90).AddSeconds(-5);
        var today = DateOnly.FromDateTime(received.UtcDateTime);
        var ticket = ReminderTickets.Open("America/Toronto", received) with
        {
            Number = 0, Owner = owner, City = "Toronto", CreateDate = today, EstCloseDate = today.AddDays(7), Note = new MasterNote(),
        };
        return (await playground.BotServices.GetRequiredService<ITicketStore>().InsertAsync(ticket, [], CancellationToken.None)).Ticket.Number;
    }

    /// <summary>The channel's reference, saved by the bot when the mentioned message arrived (bounded wait).</summary>
    private async Task<ConversationReference> ChannelReferenceAsync()
    {
        var references = playground.BotServices.GetRequiredService<ConversationReferences>();
        for (var i = 0; i < 100; i++)
        {
            if ((await references.ListAsync(CancellationToken.None)).FirstOrDefault(r => r.ConversationType == "channel") is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("The bot never saved a reference for the team channel.");
    }
}

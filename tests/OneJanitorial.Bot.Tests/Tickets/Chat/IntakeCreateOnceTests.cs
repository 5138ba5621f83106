using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Tests.TestDoubles;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeSubmits;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

/// <summary>
/// Issue 9, defect 1: a Create that is delivered again — after a crash, as a double-click — makes one ticket and
/// answers with its number, so a duplicate never counts as a strike. SQLite, state and tickets in one database.
/// </summary>
public sealed class IntakeCreateOnceTests : IDisposable
{
    private readonly TicketChatScripts _scripts = new();
    private readonly FaultyStateStore _faults = new();

    [Fact]
    public async Task Create_CrashBetweenTicketInsertAndDialogSave_RedeliveryAnswersSameNumberOneRow()
    {
        AdaptiveCard confirm = null!;
        await _scripts.New(s => UseSqlState(s, _faults))
            .ToConfirm(card => confirm = card)
            .Do(async s =>
            {
                _faults.FailNextDialogSave();
                await Assert.ThrowsAsync<IOException>(() => PressAsync(s.Services, confirm, "Create", s.Clock.GetUtcNow()));
            })
            .Restart()
            .Press("Create").ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s => Assert.Equal(1, Assert.Single(await AllTicketsAsync(s.Services)).Number))
            .RunAsync();
    }

    [Fact]
    public async Task Create_CrashAfterCommitBeforeReply_RedeliveryAnswersSameNumberOneRow()
    {
        AdaptiveCard confirm = null!;
        await _scripts.New(s => UseSqlState(s, _faults))
            .ToConfirm(card => confirm = card)
            .Do(async s => await Assert.ThrowsAsync<IOException>(() =>
                PressAsync(s.Services, confirm, "Create", s.Clock.GetUtcNow(), new CrashingOutput())))
            .Restart()
            .Press("Create").ExpectText("Ticket 1 created").ExpectCard("Ticket #1 created")
            .Do(async s => Assert.Single(await AllTicketsAsync(s.Services)))
            .RunAsync();
    }

    [Fact]
    public async Task Create_DoubleClickConcurrently_OneTicketAndNextStrikeIsTwo()
    {
        AdaptiveCard confirm = null!;
        await _scripts.New(s => UseSqlState(s, _faults))
            .ToConfirm(card => confirm = card)
            .Do(async s =>
            {
                var at = s.Clock.GetUtcNow();
                _faults.GatherDialogSaves(2);
                var replies = await Task.WhenAll(
                    Task.Run(() => PressAsync(s.Services, confirm, "Create", at)),
                    Task.Run(() => PressAsync(s.Services, confirm, "Create", at)));
                Assert.Equal(1, Assert.Single(await AllTicketsAsync(s.Services)).Number);
                Assert.Contains(replies, r => Said(r).Contains("Ticket 1 created", StringComparison.Ordinal));
                Assert.All(replies, r => Assert.DoesNotContain("Ticket 2", Said(r), StringComparison.Ordinal));
            })
            // The cleaner's next ticket: one prior service issue (R1, strike 2), not two (Move to BCO, strike 3).
            .ToCleaner()
            .Submit(IntakeSteps.Cleaner).ExpectCard((card, text) =>
            {
                Assert.Contains("R1 — Walmart — Cleaning Issue — Jane Doe", text);
                Assert.Contains("2 of 3", text);
                Assert.DoesNotContain("Move to BCO", text);
            })
            .RunAsync();
    }

    public void Dispose() => _scripts.Dispose();

    /// <summary>The process dies while sending the reply: everything before it has happened.</summary>
    private sealed class CrashingOutput : ITurnOutput
    {
        public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken) => throw new IOException("Killed while replying.");

        public Task ReplaceCardAsync(View view, CancellationToken cancellationToken) => throw new IOException("Killed while replying.");
    }
}

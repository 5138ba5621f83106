using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Storage;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets.Chat;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Tickets.Chat;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

/// <summary>
/// The ticket intake as a Slack modal, end to end through the real endpoints: <c>/ticket full</c> → views.open, each
/// step a signed view_submission answered with <c>response_action</c>, a server-side error inline, a restart in the
/// middle, and Create submitted twice making one ticket. Same dialog, rules and store as Teams.
/// </summary>
public sealed class SlackModalIntakeTests : IAsyncLifetime
{
    private const string User = "U123ABC456";
    private const string Channel = "C123ABC456";
    private static readonly object Received = new { receivedDate = "2026-03-02", receivedTime = "09:00" };
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(ownDatabase: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task SlashTicketFull_WholeIntakeInTheModal_CreatesOneTicketAndPostsItToTheChannel()
    {
        var modal = await OpenAsync();

        await StepAsync(modal, IntakeSteps.Review, "The concern");
        var error = await modal.SubmitAsync(Concern(serviceDate: "2026-03-03"));
        Assert.Equal("errors", error!["response_action"]!.GetValue<string>());
        Assert.Contains("cannot be after the day", error["errors"]![IntakeFields.ServiceDate]!.GetValue<string>(), StringComparison.Ordinal);
        await StepAsync(modal, Concern(serviceDate: "2026-02-27"), "Service issue or client update");
        await _bot.RestartAsync();
        await StepAsync(modal, new { category = "service-issue" }, "Verify against the checklist");
        await StepAsync(modal, new { inScope = "yes" }, "Cleaner facts");
        await FromCleanerToConfirmAsync(modal);
        var create = modal.Payload("view_submission", null);

        var first = await modal.SubmitAsync(samePayload: create);
        var again = await modal.SubmitAsync(samePayload: create);

        Assert.Equal(("clear", "clear"), (first!["response_action"]!.GetValue<string>(), again!["response_action"]!.GetValue<string>()));
        var ticket = Assert.Single(await TicketsAsync());
        Assert.Equal(("Walmart", User), (ticket.Client, ticket.Csr));
        await _bot.Slack.WaitForAsync("chat.postMessage");
        await _bot.WaitForInboxDoneAsync(2); // the command and one follow-up: the second Create's follow-up was refused
        var post = Assert.Single(_bot.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(Channel, post.Body["channel"]!.GetValue<string>());
        Assert.Contains($"Ticket {ticket.Number} created", post.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(_bot.Slack.CallsTo("views.open"));
        await AssertSlackTypesAsync(modal.Seen);
    }

    [Fact]
    public async Task FollowUpCallAtATimeTheClocksSkip_ModalSaysSoAtTheTime_NotMovedToTheNextHour()
    {
        var modal = await OpenAsync();
        await StepAsync(modal, IntakeSteps.Review, "The concern");
        await StepAsync(modal, Concern(serviceDate: "2026-02-27"), "Service issue or client update");
        await StepAsync(modal, new { category = "service-issue" }, "Verify against the checklist");
        await StepAsync(modal, new { inScope = "yes" }, "Cleaner facts");
        await StepAsync(modal, IntakeSteps.Cleaner, "computed by the SOP rules");
        await StepAsync(modal, null, "Master note 1/3");
        await StepAsync(modal, IntakeSteps.NoteIssue, "Master note 2/3");
        await StepAsync(modal, IntakeSteps.NoteCall, "Master note 3/3");

        var answer = await modal.SubmitAsync(new { nextClean = "2026-03-04", solvedBy = "2026-03-04", followUpDate = "2026-03-08", followUpTime = "02:30", buildingCount = 4 });

        Assert.Equal("errors", answer!["response_action"]!.GetValue<string>());
        Assert.Equal("02:30 on 2026-03-08 does not exist in America/Toronto (the clocks skip it).", answer["errors"]!["followUpTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReceivedAtATimeTheClocksSkip_ModalSaysSoAtTheTime_NotMovedToTheNextHour()
    {
        var modal = await OpenAsync();
        await StepAsync(modal, IntakeSteps.Review, "The concern");
        var concern = Concern(serviceDate: "2026-03-06");
        concern[IntakeFields.ReceivedDate] = "2026-03-08";
        concern[IntakeFields.ReceivedTime] = "02:30";

        var answer = await modal.SubmitAsync(concern);

        Assert.Equal("errors", answer!["response_action"]!.GetValue<string>());
        Assert.Equal("02:30 on 2026-03-08 does not exist in America/Toronto (the clocks skip it).", answer["errors"]![IntakeFields.ReceivedTime]!.GetValue<string>());
        Assert.Contains("The concern", modal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSubmittedTwiceAtOnce_MakesOneTicket()
    {
        var modal = await OpenAtConfirmAsync();
        var create = modal.Payload("view_submission", null);

        var answers = await Task.WhenAll(_bot.PostInteractionAsync(create), _bot.PostInteractionAsync(create));

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode));
        Assert.Single(await TicketsAsync());
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task CrashAfterTheTicketBeforeItsFollowUpIsStored_AfterRestartTheSameTicketIsPosted()
    {
        var faults = new FaultyStateStore();
        await _bot.DisposeAsync();
        _bot = await SlackBotHarness.StartAsync(ownDatabase: true, services: faults.WrapIn, fakeClock: true);
        var modal = await OpenAtConfirmAsync();
        faults.FailNextWrite(SlackInbox.KeyPrefix + "followup");

        using var crashed = await _bot.PostInteractionAsync(modal.Payload("view_submission", null));
        Assert.False(crashed.IsSuccessStatusCode); // Slack is not told it succeeded: its follow-up was not stored
        var ticket = Assert.Single(await TicketsAsync());
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage"));
        await _bot.RestartAsync(); // the crashed process is gone; its claim on the submit goes stale
        await _bot.Clock.AdvanceBetweenTurnsAsync(TimeSpan.FromMinutes(5)); // past the stale limit (4 min: a 2 min queue timeout and two 60 s turn timeouts), with a sweep due

        var post = Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage"));
        Assert.Equal(Channel, post.Body["channel"]!.GetValue<string>());
        Assert.Contains($"Ticket {ticket.Number} created", post.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await TicketsAsync());
    }

    [Fact]
    public async Task CreateAgainWhileItsFirstDeliveryIsUnfinished_NotRunTwiceNorAnsweredAsDone_TheSweepFinishesItOnce()
    {
        await _bot.DisposeAsync();
        _bot = await SlackBotHarness.StartAsync(ownDatabase: true, fakeClock: true);
        var modal = await OpenAtConfirmAsync();
        var create = modal.Payload("view_submission", null);
        // Its first delivery is held by another instance that has not finished it: still running, or stopped before
        // its follow-ups were stored.
        var first = new SlackWork(SlackViewSubmissions.WorkId(create), SlackWorkKind.Submission, create.ToJsonString(), _bot.Clock.GetUtcNow());
        await new SlackInbox(_bot.Store, _bot.Clock).HoldAsync(SlackClaim.For(first), CancellationToken.None);

        var retry = await modal.SubmitAsync(samePayload: create);

        Assert.Equal("push", retry!["response_action"]!.GetValue<string>());
        Assert.Contains("still saving", retry["view"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await TicketsAsync());
        await _bot.Clock.AdvanceBetweenTurnsAsync(TimeSpan.FromMinutes(5)); // that instance is gone: past the stale limit, with a sweep due
        var post = Assert.Single(await _bot.Slack.WaitForAsync("chat.postMessage"));
        var ticket = Assert.Single(await TicketsAsync());
        Assert.Contains($"Ticket {ticket.Number} created", post.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await _bot.WaitForInboxDoneAsync(3); // the command, the submit run by the sweep, its follow-up

        var again = await modal.SubmitAsync(samePayload: create); // done now: answered as the dialog stands, nothing doubled

        Assert.Equal("clear", again!["response_action"]!.GetValue<string>());
        Assert.Single(await TicketsAsync());
        await _bot.WaitForInboxDoneAsync(3);
        Assert.Single(_bot.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ViewClosed_TheIntakeStaysWhereItWas_AndTheSameCommandOpensItThere()
    {
        var modal = await OpenAsync();
        await StepAsync(modal, IntakeSteps.Review, "The concern");

        using var closed = await modal.CloseAsync();
        closed.EnsureSuccessStatusCode();

        var note = (await _bot.Slack.WaitForAsync("chat.postEphemeral")).Single().Body;
        Assert.Equal((Channel, User, SlackViewSubmissions.ClosedNote), (note["channel"]!.GetValue<string>(), note["user"]!.GetValue<string>(), note["text"]!.GetValue<string>()));
        await _bot.PostCommandAsync("/ticket", "full", _bot.Slack.ResponseUrl("again"));
        var reopened = new SlackModalClient(_bot.PostInteractionAsync, User).Show((await _bot.Slack.WaitForAsync("views.open", 2))[1]);
        Assert.Contains("The concern", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("already have the new ticket in progress", (await _bot.Slack.WaitForAsync("response_url:again")).Single().Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Walmart", (await _bot.Store.ListAsync("dialogs/", CancellationToken.None)).Single().Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModalCancelButton_CancelsTheIntake_AndLeavesTheModalSayingSo()
    {
        var modal = await OpenAsync();
        await StepAsync(modal, IntakeSteps.Review, "The concern");

        await modal.PressAsync("Cancel");

        var update = (await _bot.Slack.WaitForAsync("views.update")).Single().Body;
        Assert.Equal((modal.ViewId, modal.Hash), (update["view_id"]!.GetValue<string>(), update["hash"]!.GetValue<string>()));
        Assert.Contains("Cancelled the new ticket", update["view"]!.ToJsonString(), StringComparison.Ordinal);
        var note = (await _bot.Slack.WaitForAsync("chat.postEphemeral")).Single().Body;
        Assert.Equal((Channel, User), (note["channel"]!.GetValue<string>(), note["user"]!.GetValue<string>()));
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage"));
        Assert.Empty(await _bot.Store.ListAsync("dialogs/", CancellationToken.None));
    }

    [Fact]
    public async Task DmFullTicket_NoTrigger_PostsAnOpenFormButtonThatOpensTheModal()
    {
        await _bot.PostEventAsync(SlackFixtures.Event("message_im", "full ticket"));
        var prompt = (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body;
        var button = prompt["blocks"]!.AsArray().Last()!["elements"]![0]!;
        Assert.Equal("Open form", button["text"]!["text"]!.GetValue<string>());

        var press = SlackFixtures.BlockActions(JsonNode.Parse(button["value"]!.GetValue<string>())!.AsObject(), _bot.Slack.ResponseUrl("open"));
        press["channel"]!["id"] = prompt["channel"]!.GetValue<string>();
        press["user"]!["id"] = "U2147483697";
        await _bot.PostInteractionAsync(press);

        var open = (await _bot.Slack.WaitForAsync("views.open")).Single().Body;
        Assert.Equal(press["trigger_id"]!.GetValue<string>(), open["trigger_id"]!.GetValue<string>());
        Assert.Contains("Initial review", open["view"]!.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Every modal the bot sent compiles against @slack/types (tsc --strict), as the exported views do.</summary>
    private async Task AssertSlackTypesAsync(IReadOnlyList<JsonObject> views)
    {
        var dir = Directory.CreateTempSubdirectory("onej-slack-modals-").FullName;
        for (var i = 0; i < views.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, $"step{i:D2}.slack.json"), views[i].ToJsonString());
        }
        var report = await BlockKitContractTests.TypeCheckAsync(dir);
        Directory.Delete(dir, recursive: true);
        Assert.Equal(views.Count, report.Count);
        Assert.All(report, r => Assert.True(r.Value.Length == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
    }

    private Task<IReadOnlyList<Ticket>> TicketsAsync() =>
        _bot.Services.GetRequiredService<TicketService>().ListAsync(new TicketQuery(IncludeClosed: true), CancellationToken.None);

    private async Task<SlackModalClient> OpenAsync()
    {
        await _bot.PostCommandAsync("/ticket", "full", _bot.Slack.ResponseUrl("intake"), User, Channel);
        var modal = new SlackModalClient(_bot.PostInteractionAsync, User).Show((await _bot.Slack.WaitForAsync("views.open")).Single());
        Assert.Contains("Initial review", modal.Text, StringComparison.Ordinal);
        return modal;
    }

    /// <summary>Opens the intake modal and walks it, without errors, to its Confirm step.</summary>
    private async Task<SlackModalClient> OpenAtConfirmAsync()
    {
        var modal = await OpenAsync();
        await StepAsync(modal, IntakeSteps.Review, "The concern");
        await StepAsync(modal, Concern(serviceDate: "2026-02-27"), "Service issue or client update");
        await StepAsync(modal, new { category = "service-issue" }, "Verify against the checklist");
        await StepAsync(modal, new { inScope = "yes" }, "Cleaner facts");
        await FromCleanerToConfirmAsync(modal);
        return modal;
    }

    private static async Task FromCleanerToConfirmAsync(SlackModalClient modal)
    {
        await StepAsync(modal, IntakeSteps.Cleaner, "computed by the SOP rules");
        Assert.Equal("Looks right", modal.View["submit"]!["text"]!.GetValue<string>());
        await StepAsync(modal, null, "Master note 1/3");
        await StepAsync(modal, IntakeSteps.NoteIssue, "Master note 2/3");
        await StepAsync(modal, IntakeSteps.NoteCall, "Master note 3/3");
        await StepAsync(modal, IntakeSteps.NoteFollowUp, "Check and create");
    }

    private static async Task StepAsync(SlackModalClient modal, object? values, string expected)
    {
        var answer = await modal.SubmitAsync(values);
        Assert.True(answer?["response_action"]?.GetValue<string>() == "update", $"expected an update to '{expected}', got {answer?.ToJsonString() ?? "an empty answer"}");
        Assert.Contains(expected, modal.Text, StringComparison.Ordinal);
    }

    private static JsonObject Concern(string serviceDate)
    {
        var values = System.Text.Json.JsonSerializer.SerializeToNode(IntakeSteps.Concern)!.AsObject();
        foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(Received)!.AsObject())
        {
            values[key] = value!.DeepClone();
        }
        values[IntakeFields.ServiceDate] = serviceDate;
        return values;
    }
}

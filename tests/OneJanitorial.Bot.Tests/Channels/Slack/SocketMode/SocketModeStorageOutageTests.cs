using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Channels.Slack.SocketMode;
using OneJanitorial.Bot.Tests.TestDoubles;
using OneJanitorial.Bot.Tests.Tickets.Chat;

namespace OneJanitorial.Bot.Tests.Channels.Slack.SocketMode;

/// <summary>
/// The database down while a Socket Mode envelope is taken in: the envelope is logged, an event is left unacknowledged
/// for Slack to redeliver, a modal submit is answered with "storage is down", and the connection, the service and the
/// host keep running, so the next envelopes are answered once storage is back.
/// </summary>
public sealed class SocketModeStorageOutageTests : IAsyncLifetime
{
    private const string User = "U123ABC456";
    private const string Channel = "C123ABC456";
    private readonly FaultyStateStore _faults = new();
    private SlackBotHarness _bot = null!;

    private FakeSocketMode Socket => _bot.Slack.SocketMode;

    public async Task InitializeAsync() => _bot = await SlackBotHarness.StartAsync(services: _faults.WrapIn, socketMode: true);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task EventEnvelope_StorageDown_NotAckedAndLogged_NextAnswered_RedeliveryProcessedOnceBack()
    {
        var failed = SlackFixtures.Event("message_im", "echo held back by the outage");
        var eventId = failed["event_id"]!.GetValue<string>();
        _faults.FailNextWrite(SlackInbox.KeyPrefix, outage: true);

        await Socket.SendEnvelopeAsync("events_api", failed);
        var next = await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo after the outage"));

        // Envelopes are answered in order: the first ack is the second envelope's, the failed one was never acked.
        Assert.Equal(next, (await Socket.NextAckAsync())["envelope_id"]!.GetValue<string>());
        Assert.Equal("echo after the outage", (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body["text"]!.GetValue<string>());
        var logged = Assert.Single(_bot.Logs.Lines, l => l.EventId == 2125);
        Assert.Contains(eventId, logged.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("held back", logged.Text, StringComparison.Ordinal);

        var redelivered = await Socket.SendEnvelopeAsync("events_api", failed, retryAttempt: 1);

        Assert.Equal(redelivered, (await Socket.NextAckAsync())["envelope_id"]!.GetValue<string>());
        await _bot.WaitForInboxDoneAsync(2);
        Assert.Equal(
            ["echo after the outage", "echo held back by the outage"],
            _bot.Slack.CallsTo("chat.postMessage").Select(c => c.Body["text"]!.GetValue<string>()).Order());
        AssertStillRunning();
    }

    [Fact]
    public async Task EventEnvelope_TakingItInFailsOtherwise_NotAckedAndLoggedByEnvelopeId_TheConnectionKeepsRunning()
    {
        _faults.FailNextWrite(SlackInbox.KeyPrefix); // not an outage: a failure the receiver does not expect

        var failed = await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo that failed"));
        var next = await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo after the failure"));

        Assert.Equal(next, (await Socket.NextAckAsync())["envelope_id"]!.GetValue<string>());
        Assert.Equal("echo after the failure", (await _bot.Slack.WaitForAsync("chat.postMessage")).Single().Body["text"]!.GetValue<string>());
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2135 && l.Text.Contains(failed, StringComparison.Ordinal));
        AssertStillRunning();
    }

    [Fact]
    public async Task EventEnvelope_TheServiceStopsWhileItIsTakenIn_NotAckedAndNotLoggedAsFailed()
    {
        var service = _bot.Services.GetServices<IHostedService>().OfType<SocketModeService>().Single();
        var stop = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The host stops while the envelope's inbox write is under way, and that write is cut off by the stop.
        _faults.BeforeNextWrite(SlackInbox.KeyPrefix, "cut off by the stop", () =>
        {
            stop.SetResult(service.StopAsync(CancellationToken.None));
            return Task.FromCanceled(new CancellationToken(canceled: true));
        });

        await Socket.SendEnvelopeAsync("events_api", SlackFixtures.Event("message_im", "echo cut off by the stop"));
        await (await stop.Task.WaitAsync(TimeSpan.FromSeconds(20))).WaitAsync(TimeSpan.FromSeconds(20));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Socket.NextAckAsync(timeoutSeconds: 1));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.EventId == 2135);
    }

    [Fact]
    public async Task ModalSubmitEnvelope_StorageDown_TheUserIsToldAndTheFormStays_SubmitWorksOnceBack()
    {
        await _bot.PostCommandAsync("/ticket", "full", _bot.Slack.ResponseUrl("intake"), User, Channel);
        var modal = new SlackModalClient(_bot.PostInteractionAsync, User).Show((await _bot.Slack.WaitForAsync("views.open")).Single());
        _faults.FailNextWrite(SlackInbox.KeyPrefix + "submit", outage: true);

        var down = await SubmitOverSocketAsync(modal.Payload("view_submission", IntakeSteps.Review));

        Assert.Equal("push", down["response_action"]!.GetValue<string>());
        Assert.Contains("can't reach my storage", down["view"]!["blocks"]![0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2125 && l.Text.Contains($"submit:{modal.ViewId}", StringComparison.Ordinal));

        var back = await SubmitOverSocketAsync(modal.Payload("view_submission", IntakeSteps.Review));

        Assert.Equal("update", back["response_action"]!.GetValue<string>());
        Assert.Contains("The concern", back["view"]!.ToJsonString(), StringComparison.Ordinal);
        AssertStillRunning();
    }

    private async Task<JsonObject> SubmitOverSocketAsync(JsonObject payload)
    {
        var id = await Socket.SendEnvelopeAsync("interactive", payload, acceptsResponsePayload: true);
        var ack = await Socket.NextAckAsync();
        Assert.Equal(id, ack["envelope_id"]!.GetValue<string>());
        return ack["payload"]!.AsObject();
    }

    /// <summary>The same connection took every envelope and the host was never asked to stop.</summary>
    private void AssertStillRunning()
    {
        Assert.Equal(1, Socket.Connections);
        Assert.False(_bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}

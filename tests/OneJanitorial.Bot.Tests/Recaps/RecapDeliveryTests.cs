using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>Sending through MailKit to an SMTP server on loopback, once per recap.</summary>
public sealed class RecapDeliveryTests : IAsyncLifetime
{
    private readonly FakeSmtpServer _smtp = new();
    private readonly InMemoryStateStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 9, 15, 0, 0, TimeSpan.Zero));
    private Recap _recap = null!;

    public async Task InitializeAsync() =>
        _recap = await new RecapWriter(RecapSamples.Prompts, NullLogger<RecapWriter>.Instance).WriteAsync(RecapSamples.R1(), CancellationToken.None);

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private RecapDelivery Delivery(bool withSender = true)
    {
        var options = Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1", Port = _smtp.Port, Security = SecureSocketOptions.None, From = "service@onejanitorial.example",
        });
        var sender = withSender ? new SmtpRecapSender(options, NullLogger<SmtpRecapSender>.Instance) : null;
        return new RecapDelivery(_store, options, _time, NullLogger<RecapDelivery>.Instance, sender);
    }

    [Fact]
    public async Task SendAsync_SmtpAccepts_DeliversRecapToCleanerAndRecordsIt()
    {
        var result = await Delivery().SendAsync(_recap, CancellationToken.None);

        Assert.Equal(RecapSendStatus.Sent, result.Status);
        Assert.Equal(_time.GetUtcNow(), result.SentAt);
        var (from, to, message) = Assert.Single(_smtp.Messages);
        Assert.Equal("<service@onejanitorial.example>", from);
        Assert.Equal(["<maria@sparkle-cleaning.example>"], to);
        Assert.Equal(_recap.Subject, message.Subject);
        Assert.Equal(_recap.Body.ReplaceLineEndings("\n"), message.TextBody!.ReplaceLineEndings("\n"));
        Assert.Equal(RecapSendState.Sent, (await Delivery().FindAsync(_recap, CancellationToken.None))!.State);
        Assert.Contains("\"state\":\"sent\"", (await _store.ListAsync(RecapDelivery.KeyPrefix, CancellationToken.None)).Single().Json);
    }

    [Fact]
    public async Task SendAsync_ClickedTwice_SendsOnce()
    {
        var delivery = Delivery();

        var results = await Task.WhenAll(delivery.SendAsync(_recap, CancellationToken.None), delivery.SendAsync(_recap, CancellationToken.None));
        var third = await delivery.SendAsync(_recap, CancellationToken.None);

        Assert.Single(_smtp.Messages);
        Assert.Equal([RecapSendStatus.Sent, RecapSendStatus.AlreadySent], results.Select(r => r.Status).Order());
        Assert.Equal(RecapSendStatus.AlreadySent, third.Status);
        Assert.Contains("not sent again", third.Message);
    }

    [Fact]
    public async Task SendAsync_ServerRejectsData_LeavesRecapUnsentAndSaysSo()
    {
        _smtp.RejectData = true;

        var result = await Delivery().SendAsync(_recap, CancellationToken.None);

        Assert.Equal(RecapSendStatus.Failed, result.Status);
        Assert.Contains("Not sent", result.Message);
        Assert.Contains("554", result.Message);
        Assert.EndsWith(_recap.Body, result.CopyText);
        Assert.Empty(_smtp.Messages);
        Assert.Null(await Delivery().FindAsync(_recap, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_RetryAfterFailure_Sends()
    {
        _smtp.RejectData = true;
        await Delivery().SendAsync(_recap, CancellationToken.None);
        _smtp.RejectData = false;

        var result = await Delivery().SendAsync(_recap, CancellationToken.None);

        Assert.Equal(RecapSendStatus.Sent, result.Status);
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task SendAsync_ServerDown_FailsWithoutRecording()
    {
        await _smtp.DisposeAsync();

        var result = await Delivery().SendAsync(_recap, CancellationToken.None);

        Assert.Equal(RecapSendStatus.Failed, result.Status);
        Assert.Contains("could not be reached", result.Message);
        Assert.Empty(await _store.ListAsync(RecapDelivery.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_NoSender_NothingSentAndTheEmailToPaste()
    {
        var result = await Delivery(withSender: false).SendAsync(_recap, CancellationToken.None);

        Assert.Equal(RecapSendStatus.NotConfigured, result.Status);
        Assert.Equal("Sending is not set up, so nothing was sent: paste this into a new email in your mail app.", result.Message);
        Assert.Equal($"To: maria@sparkle-cleaning.example\nSubject: {_recap.Subject}\n\n{_recap.Body}", result.CopyText);
        Assert.Empty(_smtp.Messages);
        Assert.Null(await Delivery().FindAsync(_recap, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_StaleSendingClaim_IsTakenOver()
    {
        var delivery = Delivery();
        var key = RecapDelivery.KeyPrefix + RecapMessage.IdempotencyKey(_recap);
        await _store.WriteAsync(key, """{"state":"sending","to":"x@y.example","subject":"s","at":"2026-03-09T14:00:00+00:00"}""", null, CancellationToken.None);

        var result = await delivery.SendAsync(_recap, CancellationToken.None);

        Assert.Equal(RecapSendStatus.Sent, result.Status);
    }
}

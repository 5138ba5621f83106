using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using OneJanitorial.Bot.Recaps;
using OneJanitorial.Bot.Tests.TestDoubles;

namespace OneJanitorial.Bot.Tests.Recaps;

/// <summary>Graph sendMail with an MSAL app token, against a fake Entra + Graph on loopback (real URLs redirected).</summary>
public sealed class GraphRecapSenderTests : IAsyncLifetime
{
    private FakeGraphServer _graph = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(GraphRecapSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _graph.Redirect());
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private GraphRecapSender Sender() => new(
        Options.Create(new GraphMailOptions { TenantId = "tenant-1", ClientId = "client-1", ClientSecret = "secret", Sender = "csr@onejanitorial.example" }),
        _services.GetRequiredService<IHttpClientFactory>(),
        NullLogger<GraphRecapSender>.Instance);

    private static MimeMessage Message()
    {
        var message = new MimeMessage();
        message.To.Add(new MailboxAddress("Maria Lopez", "maria@sparkle-cleaning.example"));
        message.Subject = "Service issue recap";
        message.Body = new TextPart("plain") { Text = "Hi Maria,\n\nIssue\n- Trash" };
        return message;
    }

    [Fact]
    public async Task SendAsync_GraphAccepts_PostsSendMailWithAppToken()
    {
        await Sender().SendAsync(Message(), CancellationToken.None);

        var sent = Assert.Single(_graph.SentMail);
        Assert.Equal("/v1.0/users/csr@onejanitorial.example/sendMail", sent.Path);
        Assert.Equal("Bearer " + FakeGraphServer.AccessToken, sent.Authorization);
        Assert.Equal("Service issue recap", sent.Body["message"]!["subject"]!.GetValue<string>());
        Assert.Equal("Text", sent.Body["message"]!["body"]!["contentType"]!.GetValue<string>());
        Assert.Equal("maria@sparkle-cleaning.example", sent.Body["message"]!["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.True(sent.Body["saveToSentItems"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SendAsync_TwoMessages_ReusesCachedToken()
    {
        var sender = Sender();

        await sender.SendAsync(Message(), CancellationToken.None);
        await sender.SendAsync(Message(), CancellationToken.None);

        Assert.Equal(2, _graph.SentMail.Count);
        Assert.Equal(1, _graph.TokenRequests);
    }

    [Fact]
    public async Task SendAsync_GraphRefuses_ThrowsRecapSendException()
    {
        _graph.SendMailStatus = 403;

        var error = await Assert.ThrowsAsync<RecapSendException>(() => Sender().SendAsync(Message(), CancellationToken.None));

        Assert.Contains("403", error.Message);
    }
}

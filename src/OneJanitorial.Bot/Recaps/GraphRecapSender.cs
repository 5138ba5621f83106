using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using MimeKit;

namespace OneJanitorial.Bot.Recaps;

/// <summary>Sends through Microsoft Graph <c>sendMail</c> with an app-only token from MSAL (client credentials).</summary>
public sealed partial class GraphRecapSender : IRecapSender
{
    public const string HttpClientName = "Graph";
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    private readonly GraphMailOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConfidentialClientApplication _app;
    private readonly ILogger<GraphRecapSender> _logger;

    public GraphRecapSender(IOptions<GraphMailOptions> options, IHttpClientFactory httpClientFactory, ILogger<GraphRecapSender> logger)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _logger = logger;
        _app = ConfidentialClientApplicationBuilder.Create(_options.ClientId)
            .WithClientSecret(_options.ClientSecret)
            .WithAuthority($"{_options.Authority.TrimEnd('/')}/{_options.TenantId}")
            .WithHttpClientFactory(new MsalHttpClients(httpClientFactory))
            .Build();
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = (await _app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken)).AccessToken;
        }
        catch (MsalException e)
        {
            LogFailed(_logger, "token", e.ErrorCode);
            throw new RecapSendException($"signing in to Microsoft Graph failed ({e.ErrorCode})", e);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.GraphUrl.TrimEnd('/')}/users/{Uri.EscapeDataString(_options.Sender!)}/sendMail")
        {
            Content = JsonContent.Create(GraphSendMail.From(message), GraphJsonContext.Default.GraphSendMail),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await SendRequestAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogFailed(_logger, "sendMail", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            throw new RecapSendException($"Microsoft Graph refused the message ({(int)response.StatusCode} {response.ReasonPhrase})");
        }
    }

    private async Task<HttpResponseMessage> SendRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            LogFailed(_logger, "sendMail", e.GetType().Name);
            throw new RecapSendException($"Microsoft Graph could not be reached ({e.Message})", e);
        }
    }

    [LoggerMessage(EventId = 7021, Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Graph {Step} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string step, string error);

    /// <summary>MSAL's HTTP goes through the same named client, so proxies and handlers are configured once.</summary>
    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}

using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OneJanitorial.Bot.Recaps;

/// <summary>Sends over SMTP with MailKit: one connection per message (recaps are a few a day per CSR).</summary>
public sealed partial class SmtpRecapSender(IOptions<SmtpOptions> options, ILogger<SmtpRecapSender> logger) : IRecapSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            LogRejected(logger, (int)e.StatusCode, e.ErrorCode.ToString());
            throw new RecapSendException($"the mail server refused the message ({(int)e.StatusCode}: {e.Message.Trim()})", e);
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or MailKit.Security.AuthenticationException or IOException or System.Net.Sockets.SocketException)
        {
            LogFailed(logger, e.GetType().Name);
            throw new RecapSendException($"the mail server could not be reached or failed ({e.GetType().Name}: {e.Message})", e);
        }
    }

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "SMTP refused a recap: {Status} ({Error})")]
    private static partial void LogRejected(ILogger logger, int status, string error);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Warning, Message = "SMTP send failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}

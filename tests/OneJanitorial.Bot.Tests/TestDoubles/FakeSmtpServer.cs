using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// An SMTP server on 127.0.0.1 (port 0) speaking enough of RFC 5321 for a real client: EHLO/HELO, MAIL, RCPT,
/// DATA (with dot-unstuffing), RSET, NOOP, QUIT. Accepted messages are captured; <see cref="RejectData"/> answers
/// 554 after the data, as a server refusing the message does.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(string From, IReadOnlyList<string> To, MimeMessage Message)> _messages = new();
    private readonly Task _acceptLoop;

    public FakeSmtpServer()
    {
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public bool RejectData { get; set; }

    public IReadOnlyList<(string From, IReadOnlyList<string> To, MimeMessage Message)> Messages => [.. _messages];

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.Latin1);
        var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost fake ESMTP ready");
        string from = "";
        var to = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-localhost\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n");
                    break;
                case "HELO" or "RSET" or "NOOP":
                    (from, to) = verb == "RSET" ? ("", []) : (from, to);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "MAIL":
                    from = Address(line);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = await ReadDataAsync(reader);
                    await AnswerDataAsync(writer, from, to, data);
                    (from, to) = ("", []);
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    /// <summary>The path of "MAIL FROM:&lt;a@b&gt; SIZE=…" without its parameters.</summary>
    private static string Address(string line) => line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0];

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }
        return data.ToString();
    }

    private async Task AnswerDataAsync(StreamWriter writer, string from, List<string> to, string data)
    {
        if (RejectData)
        {
            await writer.WriteLineAsync("554 5.7.1 Message rejected");
            return;
        }
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(data));
        _messages.Enqueue((from, [.. to], await MimeMessage.LoadAsync(stream)));
        await writer.WriteLineAsync("250 2.0.0 OK queued");
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
    }
}

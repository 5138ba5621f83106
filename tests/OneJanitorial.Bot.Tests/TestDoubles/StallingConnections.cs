using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Channels.Slack.SocketMode;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// The TCP connections of the bot's Socket Mode client (<see cref="SocketsHttpHandler.ConnectCallback"/> of its
/// <see cref="SocketModeConnection.HttpClientName"/> client). After <see cref="StallWrites"/>, every write on the newest
/// connection hangs until it is cancelled or the connection is closed, as on a socket whose peer stopped reading once
/// the buffers are full; <see cref="WriteStalled"/> completes when the first write hangs.
/// </summary>
public sealed class StallingConnections
{
    private volatile StallingStream? _newest;

    public TaskCompletionSource WriteStalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Use(IServiceCollection services) =>
        services.AddHttpClient(SocketModeConnection.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectCallback = ConnectAsync });

    public void StallWrites() => (_newest ?? throw new InvalidOperationException("No Socket Mode connection yet.")).Stall();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        var stream = new StallingStream(new NetworkStream(socket, ownsSocket: true), WriteStalled);
        _newest = stream;
        return stream;
    }

    private sealed class StallingStream(NetworkStream inner, TaskCompletionSource stalled) : Stream
    {
        private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _stalling;

        public override bool CanRead => true;

        public override bool CanWrite => true;

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public void Stall() => _stalling = true;

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) =>
            WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_stalling)
            {
                stalled.TrySetResult();
                await _closed.Task.WaitAsync(cancellationToken);
                throw new IOException("The connection was closed while a write hung.");
            }
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _closed.TrySetResult();
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

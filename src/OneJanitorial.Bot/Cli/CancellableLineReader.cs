namespace OneJanitorial.Bot.Cli;

/// <summary>
/// Console.In blocks in ReadLine whatever token it is given; this reader waits for the line on the thread pool so
/// Ctrl-C cancels a command that is waiting for input (the blocked read is abandoned as the process ends).
/// </summary>
public sealed class CancellableLineReader(TextReader inner) : TextReader
{
    public override string? ReadLine() => inner.ReadLine();

    public override int Read() => inner.Read();

    public override int Peek() => inner.Peek();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        new(Task.Run(inner.ReadLine, CancellationToken.None).WaitAsync(cancellationToken));
}

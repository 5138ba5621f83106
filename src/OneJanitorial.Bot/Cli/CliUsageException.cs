namespace OneJanitorial.Bot.Cli;

/// <summary>Thrown by a command's action when its arguments cannot be used; the CLI answers with exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);

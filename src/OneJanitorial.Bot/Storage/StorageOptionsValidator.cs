using Microsoft.Extensions.Options;
using Npgsql;

namespace OneJanitorial.Bot.Storage;

/// <summary>Rejects a PostgreSQL connection string that cannot work, at startup rather than at the first turn.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.Provider != DatabaseProvider.Postgres)
        {
            return ValidateOptionsResult.Success;
        }
        const string Key = "ConnectionStrings:" + StorageOptions.PostgresConnectionStringName;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail($"{Key} has no Host; e.g. \"Host=127.0.0.1;Database=onejanitorial;Username=bot;Password=...\".")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            // The parser's message names the bad keyword, never a value, so no password can leak here.
            return ValidateOptionsResult.Fail($"{Key} is not a valid PostgreSQL connection string: {e.Message}");
        }
    }
}

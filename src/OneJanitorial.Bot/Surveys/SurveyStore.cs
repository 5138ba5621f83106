using System.Data.Common;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Surveys;

/// <summary>Clients and survey calls in the app's shared <see cref="Database"/> (<see cref="SurveyMigrations"/>).</summary>
public sealed class SurveyStore(Database database)
{
    private const string CallColumns = "key, company, building, rating, notes, rep, at";
    private const string ClientColumns = "company, building, city, time_zone, owner, last_survey_date";

    /// <summary>
    /// Logs the call once per key and moves its client's last survey date to <paramref name="day"/> (never back);
    /// false when a call with this key was already logged (a redelivered or second submit).
    /// </summary>
    public Task<bool> LogAsync(SurveyLog log, DateOnly day, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.CreateCommand(
                "INSERT INTO survey_calls (key, company, building, rating, notes, rep, at) VALUES (@key, @company, @building, @rating, @notes, @rep, @at) " +
                "ON CONFLICT (key) DO NOTHING", transaction)
                .With("@key", log.Key).With("@company", log.Call.Company).With("@building", log.Call.Building)
                .With("@rating", log.Call.Rating).With("@notes", log.Call.Notes).With("@rep", log.Rep).With("@at", log.At);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
            await using var surveyed = connection.CreateCommand(
                "UPDATE clients SET last_survey_date = @day WHERE company = @company AND building = @building " +
                "AND (last_survey_date IS NULL OR last_survey_date < @day)", transaction)
                .With("@day", day).With("@company", log.Call.Company).With("@building", log.Call.Building);
            await surveyed.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>The client with this company and building, ignoring case; null when it was never imported.</summary>
    public Task<Client?> FindClientAsync(string company, string building, CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(
                $"SELECT {ClientColumns} FROM clients WHERE lower(company) = lower(@company) AND lower(building) = lower(@building)", transaction)
                .With("@company", company).With("@building", building);
            return (await ReadClientsAsync(command, cancellationToken)).FirstOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<Client>> ListClientsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand($"SELECT {ClientColumns} FROM clients ORDER BY company, building", transaction);
            return await ReadClientsAsync(command, cancellationToken);
        }, cancellationToken);

    /// <summary>The calls logged at or after <paramref name="since"/>, oldest first.</summary>
    public Task<IReadOnlyList<SurveyLog>> CallsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadCallsAsync($"SELECT {CallColumns} FROM survey_calls WHERE at >= @since ORDER BY at, key", "@since", since, cancellationToken);

    /// <summary>The call logged under <paramref name="key"/>; null when none was.</summary>
    public async Task<SurveyLog?> FindCallAsync(string key, CancellationToken cancellationToken) =>
        (await ReadCallsAsync($"SELECT {CallColumns} FROM survey_calls WHERE key = @key", "@key", key, cancellationToken)).FirstOrDefault();

    private Task<IReadOnlyList<SurveyLog>> ReadCallsAsync(string sql, string name, object value, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<SurveyLog>>(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand(sql, transaction).With(name, value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var calls = new List<SurveyLog>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var call = new SurveyCall(reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4));
                calls.Add(new SurveyLog(reader.GetString(0), call, reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6).ToUniversalTime()));
            }
            return calls;
        }, cancellationToken);

    /// <summary>
    /// Adds or updates each client by (company, building) in one transaction, so importing a file again changes nothing.
    /// The last survey date only moves forward: an older (or blank) date in the file keeps the stored later one.
    /// </summary>
    public Task<ClientImportCounts> UpsertClientsAsync(IReadOnlyList<Client> clients, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var counts = new ClientImportCounts(0, 0, 0);
            foreach (var row in clients)
            {
                await using var find = connection.CreateCommand($"SELECT {ClientColumns} FROM clients WHERE company = @company AND building = @building", transaction)
                    .With("@company", row.Company).With("@building", row.Building);
                var stored = (await ReadClientsAsync(find, cancellationToken)).FirstOrDefault();
                var client = stored?.LastSurveyDate > row.LastSurveyDate || row.LastSurveyDate is null ? row with { LastSurveyDate = stored?.LastSurveyDate } : row;
                if (stored == client)
                {
                    counts = counts with { Unchanged = counts.Unchanged + 1 };
                    continue;
                }
                var sql = stored is null
                    ? $"INSERT INTO clients ({ClientColumns}) VALUES (@company, @building, @city, @zone, @owner, @last)"
                    : "UPDATE clients SET city = @city, time_zone = @zone, owner = @owner, last_survey_date = @last WHERE company = @company AND building = @building";
                await using var write = connection.CreateCommand(sql, transaction)
                    .With("@company", client.Company).With("@building", client.Building).With("@city", client.City)
                    .With("@zone", client.TimeZone).With("@owner", client.Owner).With("@last", client.LastSurveyDate);
                await write.ExecuteNonQueryAsync(cancellationToken);
                counts = stored is null ? counts with { Added = counts.Added + 1 } : counts with { Updated = counts.Updated + 1 };
            }
            return counts;
        }, cancellationToken);

    private static async Task<IReadOnlyList<Client>> ReadClientsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var clients = new List<Client>();
        while (await reader.ReadAsync(cancellationToken))
        {
            clients.Add(new Client(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
        }
        return clients;
    }
}

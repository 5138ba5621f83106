using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Surveys;

/// <summary>
/// The schema of <see cref="SurveyStore"/>, written once for SQLite and PostgreSQL (<see cref="Migration.Portable"/>):
/// the clients imported with <c>clients import</c> (one per company and building) and the survey calls, one per idempotency key.
/// </summary>
public static class SurveyMigrations
{
    public static readonly Migration CreateClientsAndCalls = Migration.Portable(
        "surveys/0001_create_clients_and_survey_calls",
        """
        CREATE TABLE IF NOT EXISTS clients (
            company TEXT NOT NULL,
            building TEXT NOT NULL,
            city TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            owner TEXT NOT NULL,
            last_survey_date {Date} NULL,
            PRIMARY KEY (company, building));
        CREATE INDEX IF NOT EXISTS ix_clients_owner ON clients (owner, last_survey_date);
        CREATE TABLE IF NOT EXISTS survey_calls (
            key TEXT NOT NULL PRIMARY KEY,
            company TEXT NOT NULL,
            building TEXT NOT NULL,
            rating INTEGER NOT NULL,
            notes TEXT NULL,
            rep TEXT NOT NULL,
            at {Timestamp} NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_survey_calls_at ON survey_calls (at);
        """);

    public static IReadOnlyList<Migration> All { get; } = [CreateClientsAndCalls];
}

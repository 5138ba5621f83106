using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Reminders;

/// <summary>
/// The reminder outbox of <see cref="ReminderOutbox"/>: one row per reminder identity (ticket, kind, due), so a
/// reminder is claimed, sent and marked once whatever the number of bot instances and restarts.
/// </summary>
public static class ReminderMigrations
{
    public static readonly Migration CreateDeliveries = new(
        "reminders/0001_create_reminder_deliveries",
        Sqlite: """
            CREATE TABLE IF NOT EXISTS reminder_deliveries (
                key TEXT NOT NULL PRIMARY KEY,
                ticket_number INTEGER NOT NULL,
                kind TEXT NOT NULL,
                due_utc TEXT NOT NULL,
                due_local TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                target TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NULL,
                claimed_by TEXT NULL,
                claimed_until TEXT NULL,
                sent_at TEXT NULL,
                late INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL);
            CREATE INDEX IF NOT EXISTS ix_reminder_deliveries_due ON reminder_deliveries (state, due_utc);
            CREATE INDEX IF NOT EXISTS ix_reminder_deliveries_ticket ON reminder_deliveries (ticket_number, state);
            """,
        Postgres: """
            CREATE TABLE IF NOT EXISTS reminder_deliveries (
                key TEXT NOT NULL PRIMARY KEY,
                ticket_number BIGINT NOT NULL,
                kind TEXT NOT NULL,
                due_utc TIMESTAMPTZ NOT NULL,
                due_local TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                target TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TIMESTAMPTZ NULL,
                claimed_by TEXT NULL,
                claimed_until TIMESTAMPTZ NULL,
                sent_at TIMESTAMPTZ NULL,
                late BOOLEAN NOT NULL DEFAULT FALSE,
                last_error TEXT NULL);
            CREATE INDEX IF NOT EXISTS ix_reminder_deliveries_due ON reminder_deliveries (state, due_utc);
            CREATE INDEX IF NOT EXISTS ix_reminder_deliveries_ticket ON reminder_deliveries (ticket_number, state);
            """);

    /// <summary>The team channel of a scheduled huddle post (a reminder of no ticket).</summary>
    public static readonly Migration AddChannel = new(
        "reminders/0002_add_reminder_channel",
        Sqlite: "ALTER TABLE reminder_deliveries ADD COLUMN channel TEXT NULL;",
        Postgres: "ALTER TABLE reminder_deliveries ADD COLUMN IF NOT EXISTS channel TEXT NULL;");

    public static IReadOnlyList<Migration> All { get; } = [CreateDeliveries, AddChannel];
}

using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Tickets;

/// <summary>
/// The schema of <see cref="SqlTicketStore"/> on the shared <see cref="Database"/>: table DDL is written once with the
/// provider's types as placeholders (<see cref="Migration.Portable"/>); the append-only triggers differ by provider
/// (PostgreSQL 14+ for CREATE OR REPLACE TRIGGER). Never edit a migration that has shipped: add the next one.
/// </summary>
public static class TicketMigrations
{
    private const string AppendOnly = "ticket_events is append-only";

    public static readonly Migration CreateTickets = Migration.Portable(
        "tickets/0001_create_tickets",
        """
        CREATE TABLE IF NOT EXISTS tickets (
            number {Key},
            crm_id TEXT NULL,
            type TEXT NOT NULL,
            title TEXT NOT NULL,
            client TEXT NOT NULL,
            building TEXT NOT NULL,
            city TEXT NOT NULL,
            concern TEXT NOT NULL,
            cleaner TEXT NOT NULL,
            cleaner_key TEXT NOT NULL,
            billing_price {Money} NOT NULL,
            priority TEXT NOT NULL,
            stage TEXT NOT NULL,
            create_date {Date} NOT NULL,
            est_close_date {Date} NOT NULL,
            new_in_building {Bool} NOT NULL,
            started_last_90_days {Bool} NOT NULL,
            strike_number INTEGER NOT NULL,
            counts_as_strike {Bool} NOT NULL,
            bucket TEXT NULL,
            department TEXT NOT NULL,
            owner TEXT NOT NULL,
            csr TEXT NULL,
            source TEXT NULL,
            master_note TEXT NOT NULL,
            closure TEXT NOT NULL,
            created_at {Timestamp} NOT NULL,
            updated_at {Timestamp} NOT NULL,
            closed_at {Timestamp} NULL,
            version INTEGER NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS ux_tickets_crm_id ON tickets (crm_id);
        CREATE INDEX IF NOT EXISTS ix_tickets_cleaner ON tickets (cleaner_key, create_date);
        CREATE INDEX IF NOT EXISTS ix_tickets_owner ON tickets (owner, stage);
        CREATE INDEX IF NOT EXISTS ix_tickets_csr ON tickets (csr, stage);
        """);

    public static readonly Migration CreateTicketEvents = Migration.Portable(
        "tickets/0002_create_ticket_events",
        """
        CREATE TABLE IF NOT EXISTS ticket_events (
            id {Key},
            ticket_number BIGINT NOT NULL REFERENCES tickets (number),
            at {Timestamp} NOT NULL,
            actor TEXT NOT NULL,
            change TEXT NOT NULL,
            field TEXT NULL,
            old_value TEXT NULL,
            new_value TEXT NULL,
            reason TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_ticket_events_ticket ON ticket_events (ticket_number, id);
        """);

    /// <summary>The history is the record of who did what (the reminders trust it too), so the database itself refuses to rewrite it.</summary>
    public static readonly Migration TicketEventsAppendOnly = new(
        "tickets/0003_ticket_events_append_only",
        Sqlite: $"""
            CREATE TRIGGER IF NOT EXISTS ticket_events_no_update BEFORE UPDATE ON ticket_events BEGIN SELECT RAISE(ABORT, '{AppendOnly}'); END;
            CREATE TRIGGER IF NOT EXISTS ticket_events_no_delete BEFORE DELETE ON ticket_events BEGIN SELECT RAISE(ABORT, '{AppendOnly}'); END;
            """,
        Postgres: $"""
            CREATE OR REPLACE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{AppendOnly}'; END $$;
            CREATE OR REPLACE TRIGGER ticket_events_append_only BEFORE UPDATE OR DELETE ON ticket_events FOR EACH ROW EXECUTE FUNCTION ticket_events_append_only();
            """);

    /// <summary>What a cleaner recap needs from the ticket besides the note: the client's zone, when the client reported, the cleaner's email.</summary>
    public static readonly Migration AddRecapFields = Migration.Portable(
        "tickets/0004_add_recap_fields",
        """
        ALTER TABLE tickets {AddColumn} time_zone TEXT NULL;
        ALTER TABLE tickets {AddColumn} received_at {Timestamp} NULL;
        ALTER TABLE tickets {AddColumn} cleaner_email TEXT NULL;
        """);

    /// <summary>Step 1 facts the intake gathers: the date of the service affected and whether attachments came with the report.</summary>
    public static readonly Migration AddServiceFacts = Migration.Portable(
        "tickets/0005_add_service_facts",
        """
        ALTER TABLE tickets {AddColumn} service_date {Date} NULL;
        ALTER TABLE tickets {AddColumn} attachments_received {Bool} NULL;
        """);

    /// <summary>
    /// The intake submit that created a ticket (dialog instance and step): a redelivered or double-clicked Create
    /// finds the ticket it already made instead of making a second one, which would count as a false strike.
    /// </summary>
    public static readonly Migration AddIntakeKey = Migration.Portable(
        "tickets/0006_add_intake_key",
        """
        ALTER TABLE tickets {AddColumn} intake_key TEXT NULL;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_tickets_intake_key ON tickets (intake_key);
        """);

    /// <summary>
    /// Which write last changed a ticket (<see cref="ITicketStore.ChangedAsync"/>): every ticket write first takes the
    /// next value of the one-row counter, in its own transaction. The counter row stays locked until that transaction
    /// ends, so values become visible in the order they were taken (a PostgreSQL sequence does not promise that: a
    /// later value can commit first, and a reader past it would skip the earlier one for good). Rows from before this
    /// migration have 0.
    /// </summary>
    public static readonly Migration AddChangeId = Migration.Portable(
        "tickets/0007_add_change_id",
        """
        ALTER TABLE tickets {AddColumn} change_id BIGINT NOT NULL DEFAULT 0;
        CREATE INDEX IF NOT EXISTS ix_tickets_change ON tickets (change_id);
        CREATE TABLE IF NOT EXISTS ticket_change_counter (id INTEGER NOT NULL PRIMARY KEY, value BIGINT NOT NULL);
        INSERT INTO ticket_change_counter (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
        """);

    public static IReadOnlyList<Migration> All { get; } =
        [CreateTickets, CreateTicketEvents, TicketEventsAppendOnly, AddRecapFields, AddServiceFacts, AddIntakeKey, AddChangeId];
}

using System.Text.Json.Nodes;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// One <c>recap</c> input line: the intake the ticket rules plan and the line itself, from which <see cref="Ticket"/>
/// reads the master-note fields (issue, why, solution, whoFixes, nextCleanDate, followUpAt, checklistItems,
/// cleanerEmail; optional checklistUrl, csrName, ticketId). Ticket type and strike number come from the plan, never
/// from the line.
/// </summary>
public sealed record RecapTicketLine(JsonObject Json, TicketIntake Intake)
{
    /// <summary>The client's zone (the intake's, already checked); date-times without an offset are read in it.</summary>
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(Intake.TimeZone);

    /// <summary>
    /// The planned ticket as <see cref="TicketService.CreateAsync"/> would store it when it was received, with the
    /// line's master note, cleaner's email, CSR and id (as the CRM id); or the first field that cannot be read.
    /// </summary>
    public (Ticket? Ticket, RecapInputError? Error) Ticket(TicketPlan plan)
    {
        var line = new RecapLineReader(Json);
        var email = line.Email("cleanerEmail");
        var note = new MasterNote
        {
            Issue = line.LineText("issue"),
            Why = line.OptionalText("why"),
            SolutionAndPrevention = line.Text("solution"),
            WhoIsDoingTheFix = line.Text("whoFixes"),
            NextClean = line.Date("nextCleanDate"),
            FollowUpCallAt = line.LocalDateTime("followUpAt", TimeZone),
            ChecklistItems = line.LineText("checklistItems"),
            ChecklistLink = line.OptionalText("checklistUrl"),
        };
        var csr = line.OptionalText("csrName");
        var id = line.OptionalText("ticketId");
        if (line.Error is { } error)
        {
            return (null, error);
        }
        var ticket = TicketService.NewTicket(Intake with { CleanerEmail = email }, plan, note, csr ?? "", Intake.ReceivedAt);
        return (ticket with { Csr = csr, CrmId = id }, null);
    }
}

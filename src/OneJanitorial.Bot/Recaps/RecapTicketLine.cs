using System.Text.Json.Nodes;
using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// One <c>recap</c> input line: the intake the ticket rules plan and the line itself, from which <see cref="Facts"/>
/// reads the master-note fields (issue, why, solution, whoFixes, nextCleanDate, followUpAt, checklistItems,
/// cleanerEmail; optional checklistUrl, csrName, ticketId). Ticket type and strike number come from the plan, never
/// from the line.
/// </summary>
public sealed record RecapTicketLine(JsonObject Json, TicketIntake Intake)
{
    /// <summary>The client's zone (the intake's, already checked); date-times without an offset are read in it.</summary>
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(Intake.TimeZone);

    /// <summary>What the recap of the planned ticket is written from, or the first field that cannot be read.</summary>
    public (RecapFacts? Facts, RecapInputError? Error) Facts(TicketPlan plan)
    {
        var line = new RecapLineReader(Json);
        var facts = new RecapFacts
        {
            Client = Intake.Client.Trim(),
            Building = Intake.Building.Trim(),
            Cleaner = Intake.Cleaner.Trim(),
            CleanerEmail = line.Email("cleanerEmail"),
            TicketType = plan.Type.Name(),
            StrikeNumber = plan.StrikeNumber,
            TimeZone = TimeZone,
            ReceivedDate = plan.ReceivedDate,
            Issue = line.Lines("issue"),
            Why = line.OptionalText("why") ?? "",
            Solution = line.Text("solution"),
            WhoFixes = line.Text("whoFixes"),
            NextCleanDate = line.Date("nextCleanDate"),
            FollowUpAt = line.LocalDateTime("followUpAt", TimeZone),
            ChecklistItems = line.Lines("checklistItems"),
            ChecklistUrl = line.OptionalText("checklistUrl"),
            CsrName = line.OptionalText("csrName"),
            TicketKey = line.OptionalText("ticketId"),
        };
        return line.Error is null ? (facts, null) : (null, line.Error);
    }
}

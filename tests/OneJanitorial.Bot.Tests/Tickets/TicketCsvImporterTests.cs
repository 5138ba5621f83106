using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketCsvImporterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_CrmExport_TicketsWithDefaults()
    {
        using var csv = File.OpenText(Path.Combine("TestData", "Tickets", "crm-export.csv"));

        var (tickets, rejects) = TicketCsvImporter.Parse(csv, Intakes.Settings(), Now);

        Assert.Empty(rejects);
        Assert.Equal(["H-100", "H-101", "H-102"], tickets.Select(t => t.CrmId));
        Assert.Equal(1250.50m, tickets[0].BillingPrice);
        Assert.Equal(TicketStage.ClosedClientTicket, tickets[0].Stage);
        Assert.Equal(new DateTimeOffset(2026, 10, 8, 0, 0, 0, TimeSpan.Zero), tickets[0].ClosedAt);
        Assert.Equal("Taylor", tickets[0].Owner);
        Assert.Equal("Washrooms not cleaned\n(second floor)", tickets[1].Concern);
        Assert.Equal("R1 — Acme, Inc. — Washrooms not cleaned (second floor) — jane doe — $300", tickets[1].Title);
        Assert.Equal(Intakes.Date("2026-11-09"), tickets[1].EstCloseDate);
        Assert.Equal(2, tickets[1].StrikeNumber);
        Assert.Equal("Peter", tickets[2].Owner);
        Assert.Equal(TicketSource.Form, tickets[2].Source);
    }

    [Fact]
    public void Parse_BadRows_EveryRejectWithLineAndReason()
    {
        using var csv = File.OpenText(Path.Combine("TestData", "Tickets", "crm-export-bad.csv"));

        var (_, rejects) = TicketCsvImporter.Parse(csv, Intakes.Settings(), Now);

        (int Line, string Reason)[] expected =
        [
            (3, "create_date '2026-13-01' is not a date (yyyy-MM-dd)"),
            (4, "ticket_type 'R7' is not one of: Client Update, Extra Service, First Two Weeks"),
            (5, "ticket_id 'H-200' appears more than once in the file"),
            (6, "stage 'Closed' is not a SOP stage"),
            (7, "company is empty"),
        ];
        Assert.Equal(expected.Select(e => e.Line), rejects.Select(r => r.Line));
        Assert.All(expected.Zip(rejects), pair => Assert.StartsWith(pair.First.Reason, pair.Second.Reason));
    }

    [Theory]
    [InlineData("ticket_id,create_date\nH-1,2026-11-02", 1, "header is missing column(s): ticket_type, stage, priority, company, concern, cleaner")]
    [InlineData("", 1, "the file is empty")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-02,R1,Open Ticket,High,\"Acme,x,y,z", 2, "a quoted field is never closed")]
    [InlineData("ticket_id,\"create\"_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y", 1, "text after a closing quote")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y\nH-2,2026-11-02,R1,Open Ticket,High,Ac\"me,x,y\nH-3,2026-11-02,R1,Open Ticket,High,Acme,x,y", 3, "a quote inside an unquoted field")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,billing_price\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y,-5", 2, "billing_price '-5' is not an amount")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,source\nH-1,2026-11-02,R1,Open Ticket,Soon,Acme,x,y,Email", 2, "priority 'Soon'")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,billing_price\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y,\"1250,50\"", 2, "billing_price '1250,50' is not an amount like 1250.50")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,billing_price\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y,\"1,2,3\"", 2, "billing_price '1,2,3' is not an amount")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,0001-01-01,R1,Open Ticket,High,Acme,x,y", 2, "create_date '0001-01-01' is not a date (yyyy-MM-dd) from 1980-01-01")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,cleaner_email\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y,jane at home", 2, "cleaner_email 'jane at home' is not an email address.")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,est_close_date\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y,2026-11-01", 2, "est_close_date '2026-11-01' is before create_date '2026-11-02'")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-02,R1,Open Ticket,High,Ac\0me,x,y", 2, "company contains a control character (U+0000)")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-02,R1,Open Ticket,High,Acme,\"Trash\n\u0007bell\",y", 2, "concern contains a control character (U+0007)")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,title\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y,T\u001B[31m", 2, "title contains a control character (U+001B)")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH\u00011,2026-11-02,R1,Open Ticket,High,Acme,x,y", 2, "ticket_id contains a control character (U+0001)")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,closed_date\nH-1,2026-11-02,R1,Closed Client Ticket,High,Acme,x,y,2026-11-01", 2, "closed_date '2026-11-01' is before create_date '2026-11-02'")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-02,R1,Op\u001B[31men,High,Acme,x,y", 2, "stage 'Op[31men' is not a SOP stage")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,source\nH-1,2026-11-02,R1,Open Ticket,High,Acme,x,y,\u202ELiame", 2, "source 'Liame' is not Email")]
    [InlineData("ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-0\u00072,R1,Open Ticket,High,Acme,x,y", 2, "create_date '2026-11-02' is not")]
    public void Parse_BadFile_Rejected(string csv, int line, string reason)
    {
        var (_, rejects) = TicketCsvImporter.Parse(new StringReader(csv), Intakes.Settings(), Now);

        var reject = Assert.Single(rejects);
        Assert.Equal(line, reject.Line);
        Assert.StartsWith(reason, reject.Reason, StringComparison.Ordinal); // a culture comparison ignores control characters
    }

    [Fact]
    public void Parse_CompanyOverItsLimit_Rejected()
    {
        var csv = "ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner\nH-1,2026-11-02,R1,Open Ticket,High," + new string('x', 100_000) + ",x,y";

        var (tickets, rejects) = TicketCsvImporter.Parse(new StringReader(csv), Intakes.Settings(), Now);

        Assert.Empty(tickets);
        Assert.Equal("company: Keep this to 200 characters or fewer (it has 100,000).", Assert.Single(rejects).Reason);
    }

    [Fact]
    public void Parse_CleanerEmailColumn_KeptTrimmedAndOptional()
    {
        const string csv = "ticket_id,create_date,ticket_type,stage,priority,company,concern,cleaner,cleaner_email\n" +
            "H-1,2026-11-02,R1,Open Ticket,High,Acme,x,Jane Doe, jane@cleaning.example \n" +
            "H-2,2026-11-03,R1,Open Ticket,High,Acme,x,Li Wei,\n";

        var (tickets, rejects) = TicketCsvImporter.Parse(new StringReader(csv), Intakes.Settings(), Now);

        Assert.Empty(rejects);
        Assert.Equal(["jane@cleaning.example", null], tickets.Select(t => t.CleanerEmail));
    }
}

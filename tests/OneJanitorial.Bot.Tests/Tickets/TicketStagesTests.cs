using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class TicketStagesTests
{
    [Theory]
    [InlineData(TicketType.NewConcern, TicketStage.NewSubmission)]
    [InlineData(TicketType.ClientUpdate, TicketStage.NewSubmission)]
    [InlineData(TicketType.ExtraService, TicketStage.ClientExtraService)]
    [InlineData(TicketType.CancellingClient, TicketStage.CancellingClientsForFixing)]
    [InlineData(TicketType.SurveyCorrection, TicketStage.ClientSurveyInspectionCorrection)]
    [InlineData(TicketType.InspectionCorrection, TicketStage.ClientSurveyInspectionCorrection)]
    public void Home_Type_Step5Board(TicketType type, TicketStage expected) =>
        Assert.Equal(expected, TicketStages.Home(type));

    [Theory]
    [InlineData(TicketType.R1, TicketStage.NewSubmission, TicketStage.OpenTicket, true)]
    [InlineData(TicketType.R1, TicketStage.OpenTicket, TicketStage.ClientPendingClose, true)]
    [InlineData(TicketType.R1, TicketStage.ClientPendingClose, TicketStage.OpenTicket, true)]
    [InlineData(TicketType.R1, TicketStage.OpenTicket, TicketStage.NewSubmission, true)]
    [InlineData(TicketType.R1, TicketStage.OpenTicket, TicketStage.OpenTicket, false)]
    [InlineData(TicketType.R1, TicketStage.OpenTicket, TicketStage.ClientExtraService, false)]
    [InlineData(TicketType.R1, TicketStage.OpenTicket, TicketStage.ClosedClientTicket, false)]
    [InlineData(TicketType.R1, TicketStage.ClosedClientTicket, TicketStage.NewSubmission, true)]
    [InlineData(TicketType.R1, TicketStage.ClosedClientTicket, TicketStage.OpenTicket, false)]
    [InlineData(TicketType.ExtraService, TicketStage.ClientExtraService, TicketStage.ClientPendingClose, true)]
    [InlineData(TicketType.ExtraService, TicketStage.ClientExtraService, TicketStage.OpenTicket, false)]
    [InlineData(TicketType.CancellingClient, TicketStage.ClientPendingClose, TicketStage.CancellingClientsForFixing, true)]
    [InlineData(TicketType.CancellingClient, TicketStage.CancellingClientsForFixing, TicketStage.ClientSurveyInspectionCorrection, false)]
    [InlineData(TicketType.SurveyCorrection, TicketStage.ClosedClientTicket, TicketStage.ClientSurveyInspectionCorrection, true)]
    public void CheckMove_TypeFromTo_AllowedOrWhyNot(TicketType type, TicketStage from, TicketStage to, bool allowed)
    {
        var refusal = TicketStages.CheckMove(type, from, to);

        Assert.Equal(allowed, refusal is null);
    }

    [Theory]
    [InlineData("Client Pending Close", TicketStage.ClientPendingClose)]
    [InlineData("client survey / inspection correction", TicketStage.ClientSurveyInspectionCorrection)]
    [InlineData("OpenTicket", TicketStage.OpenTicket)]
    public void TryParse_NameOrEnum_Stage(string name, TicketStage expected)
    {
        Assert.True(TicketStages.TryParse(name, out var stage));
        Assert.Equal(expected, stage);
    }
}

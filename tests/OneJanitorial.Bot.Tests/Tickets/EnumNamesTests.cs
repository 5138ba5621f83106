using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("Move to BCO", TicketType.MoveToBco)]
    [InlineData("  move TO bco ", TicketType.MoveToBco)]
    [InlineData("MoveToBco", TicketType.MoveToBco)]
    [InlineData("survey correction under 7", TicketType.SurveyCorrection)]
    public void TryParse_NameOrMemberNameAnyCase_Found(string text, TicketType expected)
    {
        Assert.True(EnumNames.TryParse<TicketType>(text, TicketTypes.Name, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Move to")]
    [InlineData("4")]
    public void TryParse_Unknown_FalseAndDefault(string? text)
    {
        Assert.False(EnumNames.TryParse<TicketType>(text, TicketTypes.Name, out var parsed));
        Assert.Equal(default, parsed);
    }

    [Fact]
    public void Names_EveryMember_OwnNameThatParsesBack()
    {
        Assert.All(Enum.GetValues<TicketStage>(), s => Assert.True(TicketStages.TryParse(s.Name(), out var back) && back == s));
        Assert.All(Enum.GetValues<TicketType>(), t => Assert.True(TicketTypes.TryParse(t.Name(), out var back) && back == t));
        Assert.All(Enum.GetValues<MasterNoteField>(), f => Assert.False(string.IsNullOrEmpty(f.Label())));
    }
}

using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class MasterNoteRulesTests
{
    [Theory]
    [InlineData(TicketType.NewConcern, MasterNotePhase.Create, 2)]
    [InlineData(TicketType.ClientUpdate, MasterNotePhase.Create, 2)]
    [InlineData(TicketType.ClientUpdate, MasterNotePhase.Close, 4)]
    [InlineData(TicketType.ExtraService, MasterNotePhase.Close, 4)]
    [InlineData(TicketType.CancellingClient, MasterNotePhase.Close, 4)]
    [InlineData(TicketType.NewConcern, MasterNotePhase.Close, 19)]
    [InlineData(TicketType.InspectionCorrection, MasterNotePhase.Close, 19)]
    [InlineData(TicketType.R1, MasterNotePhase.Close, 19)]
    [InlineData(TicketType.MoveToBco, MasterNotePhase.Close, 20)]
    [InlineData(TicketType.AlreadyBco, MasterNotePhase.Close, 20)]
    public void Validate_EmptyNote_RequiredFieldsByTypeAndPhase(TicketType type, MasterNotePhase phase, int expected)
    {
        var problems = MasterNoteRules.Validate(new MasterNote(), type, phase);

        Assert.Equal(expected, problems.Count);
        Assert.Equal(MasterNoteRules.Required(type, phase), problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(-1, 4, 2, MasterNoteField.CleanerDistance)]
    [InlineData(20, 0, 2, MasterNoteField.BuildingCount)]
    [InlineData(20, 4, 0, MasterNoteField.ServiceIssuesPast3Months)]
    public void Validate_ImpossibleValue_NamesTheField(int distance, int buildings, int issues, MasterNoteField field)
    {
        var note = Notes.Complete() with { CleanerDistanceMinutes = distance, BuildingCount = buildings, ServiceIssuesPast3Months = issues };

        var problem = Assert.Single(MasterNoteRules.Validate(note, TicketType.NewConcern, MasterNotePhase.Close));

        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public void Labels_EveryField_SopStep4Name()
    {
        var labels = Enum.GetValues<MasterNoteField>().Select(f => f.Label()).ToList();

        Assert.Equal(20, labels.Distinct().Count());
        Assert.Contains("How Many Service Issues in Past 3 Months", labels);
    }

    [Theory]
    [InlineData(IssueBucket.Bucket1, "1", "3")]
    [InlineData(IssueBucket.Bucket2, "2", "4")]
    [InlineData(IssueBucket.Bucket3A, "3A", "5A")]
    [InlineData(IssueBucket.Bucket3B, "3B", "5B")]
    public void Bucket_Code_RunsItsProcess(IssueBucket bucket, string code, string process)
    {
        Assert.Equal(code, bucket.Code());
        Assert.Equal(process, bucket.Process());
        Assert.True(IssueBuckets.TryParse(code, out var parsed));
        Assert.Equal(bucket, parsed);
    }
}

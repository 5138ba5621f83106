using OneJanitorial.Bot.Tickets;

namespace OneJanitorial.Bot.Tests.Tickets;

public sealed class FieldLimitsTests
{
    [Theory]
    [InlineData("client", 200)]
    [InlineData("cleaner", 200)]
    [InlineData("issue", 4000)]
    [InlineData("why", 4000)]
    [InlineData("solutionAndPrevention", 4000)]
    [InlineData("cleanerEmail", 254)]
    [InlineData("somethingNew", FieldLimits.Default)]
    public void For_Field_LimitBySopMeaning(string field, int max) => Assert.Equal(max, FieldLimits.For(field));

    [Fact]
    public void Problem_OverLimit_SaysLimitAndLength()
    {
        Assert.Null(FieldLimits.Problem("client", new string('x', 200)));
        Assert.Equal("Keep this to 200 characters or fewer (it has 100,000).", FieldLimits.Problem("client", new string('x', 100_000)));
    }

    [Fact]
    public void Clip_OverLimit_CutWithMessage()
    {
        var (values, problems) = FieldLimits.Clip(new Dictionary<string, string> { ["client"] = new('x', 100_000), ["city"] = "Toronto" });

        Assert.Equal(200, values["client"].Length);
        Assert.Equal("Toronto", values["city"]);
        Assert.StartsWith("Keep this to 200 characters", Assert.Single(problems).Value);
    }
}

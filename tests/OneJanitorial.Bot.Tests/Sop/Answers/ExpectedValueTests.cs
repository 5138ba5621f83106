using OneJanitorial.Bot.Sop.Answers;

namespace OneJanitorial.Bot.Tests.Sop.Answers;

public sealed class ExpectedValueTests
{
    [Theory]
    [InlineData("what time does the office open", AskedValue.ClockTime)]
    [InlineData("which hours is the help line staffed", AskedValue.ClockTime)]
    [InlineData("what is the price of a window cleaning extra", AskedValue.Money)]
    [InlineData("is there a charge for a second visit", AskedValue.Money)]
    [InlineData("how much does a floor wax cost", AskedValue.Money)]
    [InlineData("what do we charge for carpet work", AskedValue.Money)]
    [InlineData("what's the service manager's phone number", AskedValue.ContactDetail)]
    [InlineData("what email address do complaints go to", AskedValue.ContactDetail)]
    [InlineData("is there a fine for a late start", AskedValue.Money)]
    [InlineData("what's the penalty if a crew skips a floor", AskedValue.Money)]
    [InlineData("what hourly rate do partners earn", AskedValue.Money)]
    public void Asked_QuestionForAValue_IsThatValue(string question, AskedValue expected) =>
        Assert.Equal(expected, ExpectedValue.Asked(question));

    [Theory]
    [InlineData("how long does a cleaner have to reply")]
    [InlineData("how much talk time per day")]
    [InlineData("when does the feedback check-in email go out")]
    [InlineData("what is cost control")]
    [InlineData("what number goes on the ticket")]
    [InlineData("is it fine for the partner to come in late")]
    [InlineData("the crew did a fine job on the lobby")]
    public void Asked_NoValueOfAKind_IsNone(string question) =>
        Assert.Equal(AskedValue.None, ExpectedValue.Asked(question));

    [Theory]
    [InlineData(AskedValue.ClockTime, "Schedule it for 8am the day after", true)]
    [InlineData(AskedValue.ClockTime, "send at 8:00 AM the following day", true)]
    [InlineData(AskedValue.ClockTime, "Talk time: 1–2 Hours a day", false)]
    [InlineData(AskedValue.Money, "Example: Jane Doe — $100", true)]
    [InlineData(AskedValue.Money, "Monthly attrition ≤ $6K", true)]
    [InlineData(AskedValue.Money, "Billable service not in the contract", false)]
    [InlineData(AskedValue.ContactDetail, "Call 555-123-4567 after hours", true)]
    [InlineData(AskedValue.ContactDetail, "Write to help@example.com", true)]
    [InlineData(AskedValue.ContactDetail, "Call the cleaner 3 times", false)]
    [InlineData(AskedValue.None, "anything", true)]
    public void States_Text_TellsWhetherItHoldsTheValue(AskedValue value, string text, bool expected) =>
        Assert.Equal(expected, ExpectedValue.States(value, text));
}

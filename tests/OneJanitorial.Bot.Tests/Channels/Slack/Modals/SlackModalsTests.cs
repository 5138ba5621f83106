using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack.Modals;
using OneJanitorial.Bot.Dialogs;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Slack.Modals;

public sealed class SlackModalsTests
{
    private static View Step(string token, string? value = null, string? fieldError = null, string? formError = null) => new("New ticket: Review")
    {
        Blocks =
        [
            .. formError is null ? Array.Empty<Block>() : [new Paragraph(formError)],
            new FormField("client", FieldKind.Text, "Client") { Required = true, Value = value, Error = fieldError },
        ],
        Actions =
        [
            new VerbAction("Next", new Verb("intake.next")) { Payload = new Dictionary<string, string> { [DialogActions.StepKey] = token } },
            new VerbAction("Cancel", DialogActions.CancelVerb) { SkipsForm = true, Payload = new Dictionary<string, string> { [DialogActions.StepKey] = token } },
        ],
    };

    [Fact]
    public void Shape_SameStepWithOtherValuesErrorsAndToken_IsEqual() =>
        Assert.Equal(SlackModals.Shape(Step("s:1")), SlackModals.Shape(Step("s:2", "Acme", "Too long")));

    [Fact]
    public void Shape_FormLevelError_Differs() =>
        Assert.NotEqual(SlackModals.Shape(Step("s:1")), SlackModals.Shape(Step("s:2", formError: "Go back and fix: the city")));

    [Fact]
    public void Errors_KeyedByTheFieldsBlockId_NullWithoutErrors()
    {
        Assert.Equal("""{"client":"Too long"}""", SlackModals.Errors(Step("s:1", fieldError: "Too long"))!.ToJsonString());
        Assert.Null(SlackModals.Errors(Step("s:1")));
    }

    [Fact]
    public void Build_MetadataHasTheConversationTheSubmitDataAndTheShape_OtherButtonsInTheModal()
    {
        var view = Step("s:7");

        var modal = SlackModals.Build(view, "C42");

        var metadata = SlackModalMetadata.Parse(modal["private_metadata"]!.GetValue<string>())!;
        Assert.Equal(("C42", "intake.next", "s:7", SlackModals.Shape(view)),
            (metadata.Channel, metadata.Submit!["verb"]!.GetValue<string>(), metadata.Submit[DialogActions.StepKey]!.GetValue<string>(), metadata.Shape));
        Assert.True(modal["notify_on_close"]!.GetValue<bool>());
        Assert.Equal("Close", modal["close"]!["text"]!.GetValue<string>());
        var cancel = JsonNode.Parse(modal["blocks"]!.AsArray()[^1]!["elements"]![0]!["value"]!.GetValue<string>())!;
        Assert.Equal(DialogActions.CancelVerb.Name, cancel["verb"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(false, true, true)]
    public void Wants_FormsAlways_DialogStepsWithoutInputsOnlyInsideAModal(bool fields, bool inModal, bool expected)
    {
        var step = Step("s:1");
        var view = fields ? step : step with { Blocks = [new Paragraph("The computed ticket")] };

        Assert.Equal(expected, SlackModals.Wants(view, inModal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"submit":{}}""")]
    public void Parse_NotTheBotsMetadata_IsNull(string? json) => Assert.Null(SlackModalMetadata.Parse(json));
}

using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Tickets;
using OneJanitorial.Bot.Tickets.Chat;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Tests.Tickets.Chat.IntakeConversationTests;

namespace OneJanitorial.Bot.Tests.Tickets.Chat;

public sealed class IntakeCardsTests
{
    private static IntakeState State(IntakeStep step, IReadOnlyDictionary<string, string>? errors = null) =>
        IntakeState.FromTexts(step, TicketCardSamples.SampleValues) with { Errors = errors };

    private static TicketPlan Plan() => TicketRules.Plan(IntakeForm.ToIntake(State(IntakeStep.Cleaner).Draft)!, 1, Intakes.Settings());

    [Fact]
    public void Review_ErrorOnClient_ShownRightUnderTheInput()
    {
        var card = AdaptiveCardRenderer.Render(IntakeCards.Review(State(IntakeStep.Review, new Dictionary<string, string> { ["client"] = "Client name is required." })));

        var body = CardTree.Elements(card).ToList();
        var input = body.FindIndex(e => e.Id == "client");
        Assert.Equal("Client name is required.", Assert.IsType<TextBlock>(body[input + 1]).Text);
        Assert.Equal("Client (company) name *", Assert.IsType<TextBlock>(body[input - 1]).Text);
        Assert.Equal(["client", "building", "city", "timeZone"], CardTree.Inputs(card).Select(i => i.Id));
    }

    [Fact]
    public void Review_UserZoneOutsideTheList_OfferedFirst()
    {
        var values = new Dictionary<string, string> { ["timeZone"] = "Europe/London" };
        var card = AdaptiveCardRenderer.Render(IntakeCards.Review(IntakeState.FromTexts(IntakeStep.Review, values)));

        var zones = Input<ChoiceSetInput>(card, "timeZone");
        Assert.Equal("Europe/London", zones.Value);
        Assert.Equal("Europe/London", zones.Choices[0].Value);
        Assert.Contains(zones.Choices, c => c.Value == "America/Toronto");
    }

    [Fact]
    public void Concern_ChoicesForSopValues_CompactChoiceSets()
    {
        var card = AdaptiveCardRenderer.Render(IntakeCards.Concern(State(IntakeStep.Concern)));

        var concerns = Input<ChoiceSetInput>(card, "concern").Choices.Select(c => c.Value).ToList();
        Assert.Contains("Missed Clean", concerns);
        Assert.Contains("Alarm Not Set", concerns);
        Assert.Contains("Doors Not Locked", concerns);
        Assert.Equal("Other", concerns[^1]);
        Assert.Equal(["email", "form", "phone"], Input<ChoiceSetInput>(card, "source").Choices.Select(c => c.Value));
        Assert.All(CardTree.Inputs(card).OfType<ChoiceSetInput>(), c => Assert.Equal("compact", c.Style));
        Assert.Equal("true", Input<ToggleInput>(card, "attachments").Value);
    }

    [Fact]
    public void OutOfScope_SaysDoNotCallAndOffersBothPricingOptions()
    {
        var card = AdaptiveCardRenderer.Render(IntakeCards.OutOfScope(State(IntakeStep.OutOfScope)));

        Assert.Contains("Do NOT call the cleaner yet.", Texts(card));
        Assert.Equal(["courtesy", "needs-pricing"], Input<ChoiceSetInput>(card, "under15").Choices.Select(c => c.Value));
        Assert.Equal(["one-time", "recurring", "declined"], Input<ChoiceSetInput>(card, "pricing").Choices.Select(c => c.Value));
    }

    [Fact]
    public void Plan_ShowsComputedFieldsRulesHiddenAndOverrides()
    {
        var plan = Plan();
        var state = State(IntakeStep.Plan) with { Overrides = [new PlanOverride(OverrideField.Priority, "Urgent", "Client upset")] };

        var card = AdaptiveCardRenderer.Render(PlanCards.Plan(state, plan));

        Assert.Contains(plan.Title, Texts(card));
        var facts = CardTree.Elements(card).OfType<FactSet>().Single().Facts.ToDictionary(f => f.Title, f => f.Value);
        Assert.Equal(("R1 [R1]", "2 of 3 (3-month window)", "Taylor"), (facts["Type"], facts["Strike"], facts["Owner"]));
        Assert.False(CardTree.Elements(card).Single(e => e.Id == PlanCards.RulesId).IsVisible);
        Assert.Contains("Overridden: Priority → Urgent (Client upset)", Texts(card));
        Assert.Equal(["Override", "Rules applied"], CardTree.Elements(card).OfType<ActionSet>().Single().Actions.Select(a => a.Title));
        Assert.Equal(["Looks right", "Back", "Cancel"], card.Actions!.Select(a => a.Title));
    }

    [Theory]
    [InlineData("Missed Clean", true)]
    [InlineData("Cleaning Issue", false)]
    public void Plan_MissedClean_SaysCallTheClientFirst(string concern, bool warned)
    {
        var state = IntakeState.FromTexts(IntakeStep.Plan, new Dictionary<string, string>(TicketCardSamples.SampleValues) { ["concern"] = concern });

        var text = Texts(AdaptiveCardRenderer.Render(PlanCards.Plan(state, Plan())));

        Assert.Equal(warned, text.Contains("Missed clean: call the client immediately.", StringComparison.Ordinal));
    }

    [Fact]
    public void MasterNoteCards_TogetherHaveAllTwentyFields()
    {
        var f = new CardFields(new Dictionary<string, string>());
        var inputs = Enumerable.Range(1, MasterNoteCards.Parts)
            .SelectMany(p => MasterNoteCards.Body(p, f, TimeZoneInfo.Utc)).OfType<OneJanitorial.Bot.Views.FormField>().Select(i => i.Id).ToHashSet();

        Assert.All(Enum.GetValues<MasterNoteField>(), field => Assert.Contains(MasterNoteForm.InputFor(field), inputs));
        Assert.Equal(4, MasterNoteForm.BucketChoices.Count);
    }

    [Fact]
    public void NoteCall_DistanceAt45Minutes_WarnsOfBucket1()
    {
        var card = AdaptiveCardRenderer.Render(IntakeDialog.NoteCard(State(IntakeStep.NoteCall), 2));

        Assert.Contains("50 minutes is not under 45: far buildings point to Bucket 1.", Texts(card));
    }

    [Fact]
    public void Confirm_NoAttachments_SuggestsAskingTheClient()
    {
        var state = IntakeState.FromTexts(IntakeStep.Confirm, new Dictionary<string, string>(TicketCardSamples.SampleValues) { ["attachments"] = "false" });

        var card = AdaptiveCardRenderer.Render(IntakeConfirmCards.Confirm(state, Plan(), new MasterNote { Issue = "- Trash" }));

        var facts = CardTree.Elements(card).OfType<FactSet>().Single().Facts;
        Assert.Contains(new Fact("Attachments", "None — ask the client for details (Template B)"), facts);
        Assert.Equal("Create", card.Actions![0].Title);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Samples_AreMobileCardsWithSubmitOnly(string name)
    {
        var card = AdaptiveCardRenderer.Render(TicketCardSamples.All().Single(s => s.Name == name).Build());

        Assert.Equal("1.2", card.Version);
        Assert.DoesNotContain(CardTree.Actions(card), a => a is ExecuteAction);
        Assert.All(CardTree.Inputs(card), i => Assert.Null(i.Label));
    }

    public static TheoryData<string> SampleNames() => [.. TicketCardSamples.All().Select(s => s.Name)];
}

using OneJanitorial.Bot.Channels.Console;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Tests.Channels.Console;

public sealed class ViewTextRendererTests
{
    [Fact]
    public void Render_BoldAndLinkMarkup_ShowsWordsWithoutMarkupCharacters()
    {
        var view = new View("s") { Blocks = [new Paragraph(Markup.Parse("From **Step 5**: see [the SOP](https://sop.example/5)\n- call the client"))] };

        var text = ViewTextRenderer.Render(view);

        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.Contains("| From Step 5: see the SOP (https://sop.example/5)", text, StringComparison.Ordinal);
        Assert.Contains("| - call the client", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FormFields_ShowsLabelRequiredValueAndChoicesFromTheDeclaration()
    {
        var view = new View("New ticket")
        {
            Blocks =
            [
                new FormField("client", FieldKind.Text, "Client") { Required = true },
                new FormField("source", FieldKind.Choice, "Source") { Options = [new Option("Phone", "phone"), new Option("Email", "email")], Value = "email" },
                new FormField("when", FieldKind.Date, "Date") { Error = "Please enter a date." },
            ],
            Actions = [new VerbAction("Next", new("intake.next")), new VerbAction("Cancel", new("intake.cancel")) { SkipsForm = true }],
        };

        var text = ViewTextRenderer.Render(view);

        Assert.Contains("| > Client (required): ____", text, StringComparison.Ordinal);
        Assert.Contains("| > Source: Email", text, StringComparison.Ordinal);
        Assert.Contains("|     2) Email", text, StringComparison.Ordinal);
        Assert.Contains("|   ! Please enter a date.", text, StringComparison.Ordinal);
        Assert.Contains("| [1] Next", text, StringComparison.Ordinal);
        Assert.Contains("| [2] Cancel", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FactsHeadingAndDetail_AlignsFactsMarksHeadingAndShowsTheDetail()
    {
        var view = new View("s")
        {
            Blocks =
            [
                new Paragraph("Ticket 42") { Style = TextStyle.Heading },
                new Facts([new Fact("Client", "Acme"), new Fact("Priority", "High")]),
                new Detail("more", [new Paragraph("Cleaner: Ana")]),
            ],
            Actions = [new RevealAction("Show more", "more")],
        };

        var text = ViewTextRenderer.Render(view);

        Assert.Contains("| # Ticket 42", text, StringComparison.Ordinal);
        Assert.Contains("|   Client:   Acme", text, StringComparison.Ordinal);
        Assert.Contains("|   Priority: High", text, StringComparison.Ordinal);
        Assert.Contains("| (hidden section)\n|   Cleaner: Ana", text.Replace("\r", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("Show more", text, StringComparison.Ordinal);
    }
}

using OneJanitorial.Bot.Views;
using OneJanitorial.Bot.Views.Forms;
using static OneJanitorial.Bot.Views.Forms.FormSpecs;

namespace OneJanitorial.Bot.Tests.Views.Forms;

public sealed class FormTableTests
{
    private sealed record Visit(string? Name = null, DateOnly? Day = null, bool? Done = null, decimal? Price = null);

    private static readonly IReadOnlyList<FormSpec<Visit>> Fields =
    [
        Text<Visit>("name", "Name", v => v.Name, (v, x) => v with { Name = x }) with { Required = true },
        Date<Visit>("day", "Day", "The day", v => v.Day, (v, x) => v with { Day = x }),
        YesNo<Visit>("done", "Done", "Done", v => v.Done, (v, x) => v with { Done = x }),
        Money<Visit>("price", "Price", "The price", v => v.Price, (v, x) => v with { Price = x }),
    ];

    private static Dictionary<string, string> Texts(params (string Id, string Text)[] texts) => texts.ToDictionary(t => t.Id, t => t.Text);

    [Fact]
    public void Read_ReadableTexts_FillTheRecordWithoutErrors()
    {
        var form = new FormReader(Texts(("name", " Ann "), ("day", "2026-03-02"), ("done", "yes"), ("price", "12.50")));

        var visit = Fields.Read(form, new Visit());

        Assert.Equal(new Visit("Ann", new DateOnly(2026, 3, 2), true, 12.50m), visit);
        Assert.True(form.Ok);
    }

    [Fact]
    public void Read_UnreadableDate_NullAndOneErrorAtTheInput()
    {
        var form = new FormReader(Texts(("name", "Ann"), ("day", "next week")));

        var visit = Fields.Read(form, new Visit());

        Assert.Null(visit.Day);
        Assert.Equal(["day"], form.Errors.Keys);
    }

    [Fact]
    public void Values_Record_OnlyInputsWithSomethingToShow()
    {
        var values = Fields.Values(new Visit("Ann", Done: false));

        Assert.Equal(new Dictionary<string, string> { ["name"] = "Ann", ["done"] = "no" }, values);
    }

    [Fact]
    public void Unshown_TextWrittenAnotherWay_KeptByInputId()
    {
        var texts = Texts(("name", "Ann"), ("price", "$12.50"), ("day", "soon"));
        var visit = Fields.Read(new FormReader(texts), new Visit());

        Assert.Equal(Texts(("price", "$12.50"), ("day", "soon")), Fields.Unshown(visit, texts));
    }

    [Fact]
    public void Fill_BlankInputsNotEntered_TakeTheDefaults()
    {
        var filled = Fields.Fill(new Visit("Ann"), new Visit("Bob", new DateOnly(2026, 1, 1), true), entered: id => id == "done");

        Assert.Equal(new Visit("Ann", new DateOnly(2026, 1, 1)), filled);
    }

    [Fact]
    public void Render_EnteredValueAndError_ShownOnTheInput()
    {
        var entered = new CardFields(Texts(("name", "Ann")), Texts(("day", "The day must be a date.")));

        var inputs = Fields.Render(entered).OfType<FormField>().ToDictionary(f => f.Id);

        Assert.Equal(("Ann", true), (inputs["name"].Value, inputs["name"].Required));
        Assert.Equal("The day must be a date.", inputs["day"].Error);
        Assert.Equal(4, inputs.Count);
    }
}

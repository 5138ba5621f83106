using System.Text;
using OneJanitorial.Bot.Llm;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Recaps;

/// <summary>
/// Puts a recap together: greeting, the four sections under their fixed headings, sign-off. Both generators
/// go through here, so the structure the company extracts data from cannot drift. Names and model text reach the
/// subject, body and sections only as <see cref="VisibleText"/>: a mail client would honour a direction override.
/// </summary>
public static class RecapComposer
{
    public static Recap Compose(RecapFactSheet sheet, RecapSections sections, RecapGenerator generator, PromptLibrary prompts)
    {
        var template = prompts.Get(RecapFactSheet.TemplateName);
        sections = new RecapSections(
            VisibleText.Strip(sections.Issue), VisibleText.Strip(sections.ActionPlan),
            VisibleText.Strip(sections.Checklist), VisibleText.Strip(sections.ThreeStrikePolicy));
        var body = new StringBuilder();
        body.Append(template.RenderBlock("greeting", sheet.Values)).Append("\n\n");
        foreach (var (heading, text) in sections.InOrder())
        {
            body.Append(heading).Append('\n').Append(text.Trim()).Append("\n\n");
        }
        body.Append(template.RenderBlock("signoff", sheet.Values)).Append('\n');
        var subject = VisibleText.Strip(template.RenderBlock("subject", sheet.Values));
        return new Recap(sheet.Facts.Ticket.CleanerEmail!, subject, VisibleText.Strip(body.ToString()), sections, generator);
    }

    /// <summary>The deterministic sections: good enough to send as is.</summary>
    public static RecapSections TemplateSections(RecapFactSheet sheet, PromptLibrary prompts)
    {
        var template = prompts.Get(RecapFactSheet.TemplateName);
        var checklist = template.RenderBlock("checklist", sheet.Values);
        if (!string.IsNullOrWhiteSpace(sheet.Facts.ChecklistUrl))
        {
            checklist += "\n" + template.RenderBlock("checklist.link", sheet.Values);
        }
        return new RecapSections(
            template.RenderBlock("issue", sheet.Values),
            template.RenderBlock("actionPlan", sheet.Values),
            checklist,
            template.RenderBlock(RecapFactSheet.StrikeBlock(sheet.Facts.Ticket.StrikeNumber), sheet.Values));
    }
}

using OneJanitorial.Bot.Llm;

namespace OneJanitorial.Bot.Tests.Llm;

public sealed class ModelReplyTests
{
    [Theory]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    [InlineData("  {\"a\":1}\n", "{\"a\":1}")]
    [InlineData("```json\n{\"a\":1}\n```", "{\"a\":1}\n")]
    [InlineData("```\n{\"a\":1}```", "{\"a\":1}")]
    [InlineData("```{\"a\":1}```", "```{\"a\":1}```")]
    public void WithoutCodeFence_Reply_ObjectInside(string reply, string expected) =>
        Assert.Equal(expected, ModelReply.WithoutCodeFence(reply));
}

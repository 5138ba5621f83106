using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Slack;
using OneJanitorial.Bot.Tests.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Slack;

public sealed class SlackSignatureTests
{
    // Slack's documented example (api.slack.com "Verifying requests from Slack"), also in shared/guides/validators.md.
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const long Timestamp = 1531420618;
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(Timestamp);

    [Fact]
    public void Sign_DocumentedVector_MatchesSlack() =>
        Assert.Equal(Expected, SlackSignature.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_DocumentedVector_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, Verify(Expected, Body, At.AddSeconds(30)));

    [Theory]
    [InlineData("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=x&response_url=")]
    [InlineData("")]
    public void Verify_TamperedBody_IsMismatch(string body) =>
        Assert.Equal(SignatureCheck.Mismatch, Verify(Expected, body, At));

    [Theory]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v0=")]
    [InlineData("v0=é")]
    public void Verify_TamperedSignature_IsMismatch(string signature) =>
        Assert.Equal(SignatureCheck.Mismatch, Verify(signature, Body, At));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void Verify_TimestampMoreThanFiveMinutesOff_IsStale(int secondsFromNow) =>
        Assert.Equal(SignatureCheck.Stale, Verify(Expected, Body, At.AddSeconds(-secondsFromNow)));

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_TimestampExactlyFiveMinutesOff_IsValid(int secondsFromNow) =>
        Assert.Equal(SignatureCheck.Valid, Verify(Expected, Body, At.AddSeconds(-secondsFromNow)));

    [Theory]
    [InlineData(null, Expected)]
    [InlineData("1531420618", null)]
    [InlineData("", Expected)]
    [InlineData("-1531420618", Expected)]
    [InlineData("1531420618.5", Expected)]
    public void Verify_MissingOrMalformedHeaders_IsMissing(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.Missing, SlackSignature.Verify(Secret, timestamp, signature, Encoding.UTF8.GetBytes(Body), At));

    /// <summary>@slack/bolt 5.1.0 verifySlackRequest (tests/validators/slack) accepts what we sign and rejects what we reject.</summary>
    [Fact]
    public async Task Sign_CrossCheckedWithBolt_AgreesOnEveryCase()
    {
        var folder = NodeTool.RequireInstalled("tests/validators/slack", "@slack/bolt");
        var cases = CrossCheckCases();
        var input = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
        {
            ["signingSecret"] = c.Secret,
            ["timestamp"] = c.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["signature"] = c.Signature,
            ["body"] = c.Body,
            ["nowMilliseconds"] = c.Now.ToUnixTimeMilliseconds(),
        })]);

        var (exitCode, output) = await RunBoltAsync(folder, input.ToJsonString());

        Assert.True(exitCode == 0, output);
        var results = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(cases.Count, results.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var ours = SlackSignature.Verify(cases[i].Secret, cases[i].Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), cases[i].Signature, Encoding.UTF8.GetBytes(cases[i].Body), cases[i].Now);
            var bolt = results[i]!["valid"]!.GetValue<bool>();
            Assert.True(cases[i].ExpectValid == bolt, $"case {i} ({cases[i].Name}): bolt said {results[i]!.ToJsonString()}");
            Assert.True(cases[i].ExpectValid == (ours == SignatureCheck.Valid), $"case {i} ({cases[i].Name}): we said {ours}");
        }
    }

    private sealed record CrossCase(string Name, string Secret, long Timestamp, string Body, string Signature, DateTimeOffset Now, bool ExpectValid);

    private static List<CrossCase> CrossCheckCases()
    {
        var now = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
        var ts = now.ToUnixTimeSeconds();
        var random = new Random(14);
        var cases = new List<CrossCase>();
        string[] bodies =
        [
            Body,
            "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"text\":\"<@U1> caf\u00e9 \u2014 \u00fcber 100% & <b>\"}}",
            "payload=%7B%22type%22%3A%22block_actions%22%7D",
            "",
        ];
        foreach (var body in bodies)
        {
            var secret = Convert.ToHexStringLower(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16));
            var signature = SlackSignature.Sign(secret, ts, Encoding.UTF8.GetBytes(body));
            cases.Add(new("signed", secret, ts, body, signature, now, true));
            cases.Add(new("other body", secret, ts, body + " ", signature, now, false));
            cases.Add(new("other secret", secret + "x", ts, body, signature, now, false));
            cases.Add(new("stale", secret, ts - 301, body, SlackSignature.Sign(secret, ts - 301, Encoding.UTF8.GetBytes(body)), now, false));
        }
        cases.Add(new("documented vector", Secret, Timestamp, Body, Expected, At, true));
        return cases;
    }

    private static async Task<(int ExitCode, string Output)> RunBoltAsync(string folder, string input)
    {
        using var process = System.Diagnostics.Process.Start(NodeTool.StartInfo(folder, "verify-signatures.js"))!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static SignatureCheck Verify(string signature, string body, DateTimeOffset now) =>
        SlackSignature.Verify(Secret, Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), signature, Encoding.UTF8.GetBytes(body), now);
}

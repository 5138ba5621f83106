using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using OneJanitorial.Bot.Channels.Teams;
using OneJanitorial.Bot.Cli;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

public sealed class AppPackageTests : IDisposable
{
    private static readonly Guid AppId = Guid.Parse("2c1b7a9e-4f3d-4e6a-9d2b-8f0e1c3a5b7d");
    private readonly string _temp = Directory.CreateTempSubdirectory("onej-pack-").FullName;

    internal static string ManifestSource => Path.Combine(BotHost.ContentRoot(), AppPackage.SourceFolder);

    /// <summary>The real package, as the pack command builds it.</summary>
    internal static async Task<ZipArchive> PackAsync(string source, Guid appId)
    {
        var zip = new MemoryStream();
        await AppPackage.WriteAsync(source, appId, zip, CancellationToken.None);
        zip.Position = 0;
        return new ZipArchive(zip, ZipArchiveMode.Read);
    }

    internal static JsonObject ManifestOf(ZipArchive zip)
    {
        using var stream = zip.GetEntry(AppPackage.ManifestFileName)!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }

    [Fact]
    public async Task WriteAsync_RealManifest_ZipsManifestAndBothIconsFlat()
    {
        using var zip = await PackAsync(ManifestSource, AppId);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var packed = new MemoryStream();
            await using (var entry = zip.GetEntry(icon)!.Open())
            {
                await entry.CopyToAsync(packed);
            }
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ManifestSource, icon)), packed.ToArray());
        }
    }

    [Fact]
    public async Task WriteAsync_AppId_FillsAppIdAndBotId()
    {
        using var zip = await PackAsync(ManifestSource, AppId);

        var manifest = ManifestOf(zip);
        Assert.Equal(AppId.ToString("D"), (string?)manifest["id"]);
        Assert.Equal(AppId.ToString("D"), (string?)manifest["bots"]![0]!["botId"]);
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ManifestWithWebApplicationInfo_FillsItsId()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestSource, AppPackage.ManifestFileName)))!.AsObject();
        manifest["webApplicationInfo"] = new JsonObject { ["id"] = "{{APP_ID}}", ["resource"] = "api://bot.example.com/{{APP_ID}}" };
        await File.WriteAllTextAsync(Path.Combine(_temp, AppPackage.ManifestFileName), manifest.ToJsonString());
        File.Copy(Path.Combine(ManifestSource, "color.png"), Path.Combine(_temp, "color.png"));
        File.Copy(Path.Combine(ManifestSource, "outline.png"), Path.Combine(_temp, "outline.png"));

        using var zip = await PackAsync(_temp, AppId);

        Assert.Equal(AppId.ToString("D"), (string?)ManifestOf(zip)["webApplicationInfo"]!["id"]);
    }

    [Fact]
    public async Task WriteAsync_IconOutsideManifestFolder_Throws()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestSource, AppPackage.ManifestFileName)))!.AsObject();
        manifest["icons"]!["color"] = "../secrets/color.png";
        await File.WriteAllTextAsync(Path.Combine(_temp, AppPackage.ManifestFileName), manifest.ToJsonString());

        await Assert.ThrowsAsync<InvalidDataException>(() => AppPackage.WriteAsync(_temp, AppId, Stream.Null, CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("2c1b7a9e4f3d4e6a9d2b8f0e1c3a5b7d")]
    [InlineData("{2c1b7a9e-4f3d-4e6a-9d2b-8f0e1c3a5b7d}")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void ParseAppId_NotADashedNonZeroGuid_ReturnsNull(string value)
    {
        Assert.Null(AppPackage.ParseAppId(value));
    }

    [Fact]
    public void ResolveAppId_NoOption_UsesConfiguredBotAppId()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [AppPackageCommand.AppIdKey] = AppId.ToString() })
            .Build();

        Assert.Equal(AppId, AppPackageCommand.ResolveAppId(null, configuration));
    }

    [Fact]
    public void ResolveAppId_NeitherOptionNorConfig_IsUsageError()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<CliUsageException>(() => AppPackageCommand.ResolveAppId(null, configuration));
        Assert.Contains("--app-id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PackWithAppId_WritesZip()
    {
        var output = Path.Combine(_temp, "out", "app.zip");
        var stdout = new StringWriter();

        var code = await CliCommands.RunAsync(["manifest", "pack", "--app-id", AppId.ToString(), "--out", output], TextReader.Null, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(AppId.ToString("D"), (string?)ManifestOf(zip)["id"]);
        Assert.Contains(output, stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadAppId_FailsWithUsageAndWritesNothing()
    {
        var output = Path.Combine(_temp, "bad.zip");
        var stderr = new StringWriter();

        var code = await CliCommands.RunAsync(["manifest", "pack", "--app-id", "12345", "--out", output], TextReader.Null, new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains("'12345' is not a valid app id", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}

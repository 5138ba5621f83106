using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>
/// The packed manifest against Microsoft's own schema (npm @microsoft/app-manifest, run offline by
/// tests/validators/manifest/validate-manifest.js), plus the checks the schema cannot make.
/// </summary>
public sealed class AppManifestSchemaTests : IDisposable
{
    private const string ValidatorFolder = "tests/validators/manifest";
    private static readonly Guid AppId = Guid.Parse("6d0f4c2a-93b1-4e57-8a6c-1f2e3d4c5b6a");
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(60);
    private readonly string _temp = Directory.CreateTempSubdirectory("onej-manifest-").FullName;

    [Fact]
    public async Task PackedManifest_OfficialSchema_HasNoErrors()
    {
        using var zip = await AppPackageTests.PackAsync(AppPackageTests.ManifestSource, AppId);

        var (exitCode, output) = await ValidateAsync(AppPackageTests.ManifestOf(zip));

        Assert.True(exitCode == 0, $"manifest.json does not match its schema:\n{output}");
    }

    [Fact]
    public async Task Validator_ManifestWithoutDeveloper_ReportsError()
    {
        using var zip = await AppPackageTests.PackAsync(AppPackageTests.ManifestSource, AppId);
        var manifest = AppPackageTests.ManifestOf(zip);
        manifest.Remove("developer");

        var (exitCode, output) = await ValidateAsync(manifest);

        Assert.Equal(1, exitCode);
        Assert.Contains("developer", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackedManifest_SchemaUrl_MatchesRecentManifestVersion()
    {
        using var zip = await AppPackageTests.PackAsync(AppPackageTests.ManifestSource, AppId);
        var manifest = AppPackageTests.ManifestOf(zip);

        var version = (string)manifest["manifestVersion"]!;
        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.True(Version.Parse(version) >= new Version(1, 19), $"manifestVersion {version} is older than 1.19");
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public async Task PackedIcons_Ihdr_HaveTeamsSizesAndAlpha(string icon, int size)
    {
        using var zip = await AppPackageTests.PackAsync(AppPackageTests.ManifestSource, AppId);
        var header = new byte[26];
        await using (var stream = zip.GetEntry(icon)!.Open())
        {
            await stream.ReadExactlyAsync(header);
        }

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], header[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
        Assert.Equal(6, header[25]); // RGBA: the outline icon must be transparent around its white shape
    }

    private async Task<(int ExitCode, string Output)> ValidateAsync(JsonObject manifest)
    {
        var folder = NodeTool.RequireInstalled(ValidatorFolder, "@microsoft/app-manifest");
        var file = Path.Combine(_temp, AppPackage.ManifestFileName);
        await File.WriteAllTextAsync(file, manifest.ToJsonString());
        return await NodeTool.RunAsync(folder, NodeTimeout, "validate-manifest.js", file);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}

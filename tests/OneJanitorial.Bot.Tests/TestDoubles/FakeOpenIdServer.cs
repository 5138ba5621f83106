using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>
/// OpenID metadata and a JWKS on 127.0.0.1 with an RSA key generated per server, standing in for
/// login.botframework.com (<c>/botframework</c>) and an Entra ID tenant (<c>/entra</c>); it also mints tokens.
/// The key is endorsed for the msteams and emulator channels, as Bot Framework keys are.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public static readonly string EntraIssuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);

    private FakeOpenIdServer(WebApplication app)
    {
        _app = app;
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = "test-key-1" };
        _app.MapGet("/botframework/.well-known/openidconfiguration", (HttpContext c) => Metadata(c, BotFrameworkIssuer));
        _app.MapGet("/entra/v2.0/.well-known/openid-configuration", (HttpContext c) => Metadata(c, EntraIssuer));
        _app.MapGet("/keys", Keys);
    }

    public RsaSecurityKey SigningKey { get; }

    public string BaseUrl { get; private set; } = "";

    public string BotFrameworkMetadataUrl => BaseUrl + "/botframework/.well-known/openidconfiguration";

    public string EntraMetadataUrl => BaseUrl + "/entra/v2.0/.well-known/openid-configuration";

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeOpenIdServer(builder.Build());
        await server._app.StartAsync();
        server.BaseUrl = server._app.Urls.Single();
        return server;
    }

    /// <summary>A signed token; pass another key to forge one.</summary>
    public string CreateToken(
        string issuer, string audience, string? serviceUrl, DateTime notBefore, DateTime expires, SecurityKey? signWith = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signWith ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private IResult Metadata(HttpContext context, string issuer) => Results.Json(new JsonObject
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = BaseUrl + "/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    });

    private IResult Keys()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = SigningKey.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray("msteams", "emulator"),
        };
        return Results.Json(new JsonObject { ["keys"] = new JsonArray(key) });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneJanitorial.Bot.Observability;

/// <summary>
/// <c>/healthz</c>: the process is up (no checks). <c>/readyz</c>: every health check tagged <see cref="ReadyTag"/>
/// passes; otherwise 503 with a JSON body naming what is not ready. A feature adds a readiness check with
/// <c>services.AddHealthChecks().AddCheck&lt;MyCheck&gt;("my-part", tags: [HealthEndpoints.ReadyTag])</c>.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteLiveAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReadyAsync });
        return app;
    }

    public static bool IsProbe(PathString path) => path == LivePath || path == ReadyPath;

    private static Task WriteLiveAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsync("ok", context.RequestAborted);

    /// <summary>{"status":"Unhealthy","notReady":[{"name":"database","status":"Unhealthy","reason":"..."}]}</summary>
    private static async Task WriteReadyAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartArray("notReady");
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("reason", entry.Description ?? entry.Exception?.GetType().Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}

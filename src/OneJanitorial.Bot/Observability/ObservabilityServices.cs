using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OneJanitorial.Bot.Observability;

/// <summary>
/// OpenTelemetry traces and metrics (the bot's "OneJanitorial.Bot" source and meter, ASP.NET Core, HttpClient,
/// Npgsql), exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to the console when
/// <c>Observability:ConsoleExporter</c> is true; and the health checks behind /healthz and /readyz. With neither
/// exporter no spans are recorded: nothing would see them, and recording the request, connector call and turn spans
/// of every message cost ~5-10% of the CPU of an SOP answer.
/// </summary>
public static class ObservabilityServices
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ConsoleExporterKey = "Observability:ConsoleExporter";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks();
        var console = configuration.GetValue<bool>(ConsoleExporterKey);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotTelemetry.Name));
        if (console || otlp)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(BotTelemetry.Name).AddAspNetCoreInstrumentation(HideHealthProbes).AddHttpClientInstrumentation().AddNpgsql();
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            });
        }
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            if (console)
            {
                metrics.AddConsoleExporter();
            }
        });
        if (otlp)
        {
            // Endpoint, protocol and headers come from the standard OTEL_EXPORTER_OTLP_* variables.
            telemetry.UseOtlpExporter();
        }
        return services;
    }

    // Load balancers poll the probes every few seconds: they would drown the traces that matter.
    private static void HideHealthProbes(OpenTelemetry.Instrumentation.AspNetCore.AspNetCoreTraceInstrumentationOptions options) =>
        options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path);
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneJanitorial.Bot.Observability;
using OpenTelemetry.Trace;

namespace OneJanitorial.Bot.Tests.Observability;

public sealed class ObservabilityServicesTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("true", null, true)]
    [InlineData(null, "http://127.0.0.1:4317", true)]
    public void AddObservability_Exporters_SpansRecordedOnlyWhenSomethingExportsThem(string? console, string? otlpEndpoint, bool traced)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            new(ObservabilityServices.ConsoleExporterKey, console),
            new(ObservabilityServices.OtlpEndpointKey, otlpEndpoint),
        ]).Build();
        using var services = new ServiceCollection().AddLogging().AddObservability(configuration).BuildServiceProvider();

        Assert.Equal(traced, services.GetService<TracerProvider>() is not null);
    }
}

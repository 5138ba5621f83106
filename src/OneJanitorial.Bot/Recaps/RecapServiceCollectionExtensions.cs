namespace OneJanitorial.Bot.Recaps;

public static class RecapServiceCollectionExtensions
{
    /// <summary>
    /// The recap writer always; SMTP sending only when <c>Mail:Smtp:Host</c> is set (otherwise
    /// <see cref="RecapDelivery"/> offers copy text and an .eml). <see cref="RecapDelivery"/> needs an IStateStore.
    /// </summary>
    public static IServiceCollection AddRecaps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RecapWriter>();
        services.AddSingleton<ClientTemplates>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.SectionName}:{nameof(SmtpOptions.Host)}"]))
        {
            services.AddSingleton<IRecapSender, SmtpRecapSender>();
        }
        services.AddSingleton<RecapDelivery>();
        return services;
    }
}

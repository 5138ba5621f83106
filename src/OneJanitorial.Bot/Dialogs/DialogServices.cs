using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Dialogs;

public static class DialogServices
{
    /// <summary>The dialog engine. It needs an <see cref="Storage.IStateStore"/> registered by the storage feature.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<ChatFeature, DialogFeature>();
        return services;
    }

    /// <summary>Registers a dialog (a singleton; per-user state lives in the dialog stack).</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services)
        where TDialog : Dialog
    {
        services.AddSingleton<Dialog, TDialog>();
        return services;
    }
}

using OneJanitorial.Bot.Dialogs;

namespace OneJanitorial.Bot.Tests.Dialogs;

public sealed class DialogPresenceTests
{
    private const string Key = "dialogs/msteams/conv1/u1";

    [Fact]
    public void ReadAbsent_NoDialogTurnMeanwhile_KeyKnownClosed()
    {
        var presence = new DialogPresence();
        presence.ReadAbsent(Key, presence.Version);
        Assert.True(presence.IsKnownClosed(Key));
        Assert.False(presence.IsKnownClosed(Key + "2"));
    }

    [Fact]
    public void ReadAbsent_DialogTurnStartedOrEndedDuringTheRead_NotRemembered()
    {
        // The read may have missed what that turn saved: it must not hide it.
        var presence = new DialogPresence();
        var version = presence.Version;
        presence.Changing("dialogs/msteams/conv2/u2");
        presence.ReadAbsent(Key, version);
        Assert.False(presence.IsKnownClosed(Key));
    }

    [Fact]
    public void Changing_KeyKnownClosed_ForgottenUntilReadAgain()
    {
        var presence = new DialogPresence();
        presence.ReadAbsent(Key, presence.Version);
        presence.Changing(Key);
        Assert.False(presence.IsKnownClosed(Key));
        presence.ReadAbsent(Key, presence.Version);
        Assert.True(presence.IsKnownClosed(Key));
    }

    [Fact]
    public void ReadAbsent_SetFull_StartsOver()
    {
        var presence = new DialogPresence();
        for (var i = 0; i < DialogPresence.MaxKeys; i++)
        {
            presence.ReadAbsent(Key + i, presence.Version);
        }
        presence.ReadAbsent(Key, presence.Version);
        Assert.True(presence.IsKnownClosed(Key));
        Assert.False(presence.IsKnownClosed(Key + 0));
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OneJanitorial.Bot.Channels.Teams;

namespace OneJanitorial.Bot.Tests.Channels.Teams;

/// <summary>Teams activities from <c>TestData/Teams</c>, pointed at a test connector.</summary>
internal static class ActivityFixtures
{
    public static JsonObject Load(string name, string serviceUrl, string? id = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Teams", name + ".json");
        var activity = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        activity["serviceUrl"] = serviceUrl;
        if (id is not null)
        {
            activity["id"] = id;
        }
        return activity;
    }

    public static JsonObject WithText(this JsonObject activity, string text)
    {
        activity["text"] = text;
        return activity;
    }

    public static Activity ToActivity(this JsonObject activity) =>
        System.Text.Json.JsonSerializer.Deserialize<Activity>(activity.ToJsonString(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

    public static StringContent ToContent(this JsonNode activity) =>
        new(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}

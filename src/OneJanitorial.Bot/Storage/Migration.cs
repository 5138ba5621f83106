namespace OneJanitorial.Bot.Storage;

/// <summary>
/// One schema change, written once per provider. <see cref="Id"/> is unique across the app and sorts in the
/// order the change must run: <c>area/NNNN_name</c>, e.g. <c>state/0001_create</c>. Applied at most once per
/// database (recorded in <c>schema_migrations</c>); write the SQL so that re-running it is harmless anyway.
/// </summary>
public sealed record Migration(string Id, string Sqlite, string Postgres)
{
    public string SqlFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Sqlite,
        DatabaseProvider.Postgres => Postgres,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}

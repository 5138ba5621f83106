namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Put <c>[Collection(PostgresCollection.Name)]</c> on a test class to get the shared <see cref="PostgresServerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}

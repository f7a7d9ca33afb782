using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Enterprise.Eval.Integration.Tests.Persistence;

/// <summary>The hand-written migrations and snapshot must build exactly the model, on every provider.</summary>
public abstract class MigrationsAgreeWithModel
{
    protected abstract Task<TestDatabase> NewDatabaseAsync();

    [Fact]
    public async Task Snapshot_HasNoPendingModelChanges()
    {
        await using var database = await NewDatabaseAsync();
        await using var db = database.NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), "the hand-written snapshot differs from the model: update migrations/");
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTableAndColumnOfTheModel()
    {
        await using var database = await NewDatabaseAsync();
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();

        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var expected = entity.GetProperties().ToDictionary(p => p.GetColumnName(store)!, p => p.IsColumnNullable(store));
            var actual = await ColumnsAsync(db, table);
            Assert.True(actual.Count > 0, $"table {table} was not created");
            Assert.Equal(expected.OrderBy(c => c.Key), actual.OrderBy(c => c.Key));
        }
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        await using var database = await NewDatabaseAsync();
        await using (var db = database.NewContext()) await db.Database.MigrateAsync();
        await using var again = database.NewContext();
        Assert.Empty(await again.Database.GetPendingMigrationsAsync());
        await again.Database.MigrateAsync();
        Assert.Equal(again.Database.GetMigrations(), await again.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<Dictionary<string, bool>> ColumnsAsync(EvalDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsSqlite()
            ? $"SELECT name, CASE WHEN \"notnull\" = 1 OR pk = 1 THEN 0 ELSE 1 END FROM pragma_table_info('{table}')"
            : $"SELECT column_name, CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END FROM information_schema.columns WHERE table_name = '{table}'";
        var columns = new Dictionary<string, bool>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1)) == 1;
        return columns;
    }
}

public sealed class MigrationsAgreeWithModelOnSqlite : MigrationsAgreeWithModel
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

[Collection("postgres")]
public sealed class MigrationsAgreeWithModelOnPostgres(PostgresFixture postgres) : MigrationsAgreeWithModel
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);
}

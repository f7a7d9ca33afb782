using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Enterprise.Eval.Integration.Tests.Persistence.SqlServer;

/// <summary>
/// SQL Server's half of <see cref="MigrationsAgreeWithModel"/>, offline: the snapshot agrees with the model SQL Server's
/// conventions build, and the migration script, parsed by Microsoft's T-SQL parser, creates exactly the model's tables
/// and columns. SQLite and PostgreSQL run the same checks against live databases.
/// </summary>
public sealed class SqlServerMigrationsAgreeWithModel
{
    [Fact]
    public void Snapshot_HasNoPendingModelChanges_OnSqlServer()
    {
        using var db = OfflineSqlServer.NewContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "the hand-written snapshot differs from SQL Server's model: update migrations/. Differences: " + Differences(db));
    }

    private static string Differences(EvalDbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(
            snapshot.GetRelationalModel(), db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        return string.Join("; ", operations.Select(o => o switch
        {
            AlterColumnOperation c => $"alter {c.Table}.{c.Name}: {string.Join(",", c.GetAnnotations().Select(a => a.Name + "=" + a.Value))} was {string.Join(",", c.OldColumn.GetAnnotations().Select(a => a.Name + "=" + a.Value))}",
            CreateIndexOperation i => $"create index {i.Name} filter {i.Filter}",
            DropIndexOperation i => $"drop index {i.Name}",
            _ => o.GetType().Name,
        }));
    }

    [Fact]
    public void MigrationScript_ParsesWithoutErrors()
    {
        using var db = OfflineSqlServer.NewContext();
        var script = OfflineSqlServer.MigrationScript(db);
        OfflineSqlServer.Parse(script, out var errors);
        Assert.True(errors.Count == 0, OfflineSqlServer.Describe(errors, script));
        Assert.Contains("CREATE TABLE [audit_chain_head]", script);
    }

    [Fact]
    public void MigrationScript_OnEmptyDatabase_CreatesEveryTableAndColumnOfTheModel()
    {
        using var db = OfflineSqlServer.NewContext();
        var script = OfflineSqlServer.MigrationScript(db);
        var tree = OfflineSqlServer.Parse(script, out var errors);
        Assert.Empty(errors);
        var created = new TablesTheScriptBuilds();
        tree.Accept(created);
        Assert.Empty(created.Unhandled);

        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var expected = entity.GetProperties().ToDictionary(p => p.GetColumnName(store)!, p => p.IsColumnNullable(store));
            Assert.True(created.Tables.TryGetValue(table, out var actual), $"table {table} is not created by the SQL Server script");
            Assert.Equal(expected.OrderBy(c => c.Key), actual.OrderBy(c => c.Key));
        }
        var modelTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();
        var extra = created.Tables.Keys.Where(t => t != "__EFMigrationsHistory" && !modelTables.Contains(t)).ToList();
        Assert.True(extra.Count == 0, $"the script creates tables the model does not have: {string.Join(", ", extra)}");
    }

    /// <summary>Replays the script's CREATE TABLE and ALTER TABLE … ADD into table → column → nullable; anything else that reshapes a table is reported.</summary>
    private sealed class TablesTheScriptBuilds : TSqlFragmentVisitor
    {
        public Dictionary<string, Dictionary<string, bool>> Tables { get; } = new(StringComparer.Ordinal);

        public List<string> Unhandled { get; } = [];

        public override void ExplicitVisit(CreateTableStatement node)
        {
            var columns = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var column in node.Definition.ColumnDefinitions) columns[column.ColumnIdentifier.Value] = Nullable(column);
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = columns;
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            var table = Tables[node.SchemaObjectName.BaseIdentifier.Value];
            foreach (var column in node.Definition.ColumnDefinitions) table[column.ColumnIdentifier.Value] = Nullable(column);
        }

        public override void ExplicitVisit(AlterTableAlterColumnStatement node) => Unhandled.Add($"ALTER COLUMN on {node.SchemaObjectName.BaseIdentifier.Value}");

        public override void ExplicitVisit(AlterTableDropTableElementStatement node) => Unhandled.Add($"DROP on {node.SchemaObjectName.BaseIdentifier.Value}");

        public override void ExplicitVisit(ExecuteStatement node) => Unhandled.Add("EXEC (sp_rename?)");

        // A column is NOT NULL only when its definition says so; SQL Server's default for a new column is NULL, and a primary key forces NOT NULL.
        private static bool Nullable(ColumnDefinition column)
        {
            var nullability = column.Constraints.OfType<NullableConstraintDefinition>().FirstOrDefault();
            return nullability?.Nullable ?? true;
        }
    }
}

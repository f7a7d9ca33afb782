using System.Text.RegularExpressions;
using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Enterprise.Eval.Integration.Tests.Persistence.SqlServer;

/// <summary>
/// Every raw statement's SQL Server variant is valid T-SQL and carries the locking its statement needs; the variant
/// chosen on a SQL Server context is that one.
/// </summary>
public sealed partial class SqlServerRawStatements
{
    public static TheoryData<string> Statements => new(RawSql.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Statements))]
    public void SqlServerVariant_ParsesWithoutErrors(string name)
    {
        var statement = RawSql.All.Single(s => s.Name == name);
        var tree = OfflineSqlServer.Parse(statement.SqlServer, out var errors);
        Assert.True(errors.Count == 0, OfflineSqlServer.Describe(errors, statement.SqlServer));
        var batch = Assert.Single(((TSqlScript)tree).Batches);
        Assert.Single(batch.Statements);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void SqlServerVariant_BindsTheSameParametersAsTheOthers(string name)
    {
        var statement = RawSql.All.Single(s => s.Name == name);
        var sqlServer = Parameters(statement.SqlServer);
        Assert.Equal(Parameters(statement.Sqlite), sqlServer);
        Assert.Equal(Parameters(statement.PostgreSql), sqlServer);
    }

    [Fact]
    public void ClaimingStatements_HoldTheirLocksOnSqlServer()
    {
        Assert.Equal(["UPDLOCK", "HOLDLOCK", "ROWLOCK"], Hints(RawSql.LockAuditChainHead.SqlServer));
        // The insert-if-missing must lock the key range of the missing row, or two issuers both see it missing.
        Assert.Equal(["UPDLOCK", "HOLDLOCK", "ROWLOCK"], Hints(RawSql.EnsureSerialCounter.SqlServer));
        Assert.Contains("OUTPUT inserted.[LastIssuedSerial]", RawSql.ReserveSerials.SqlServer);
        // Two nodes claiming outbox batches at once: each skips the rows the other is taking instead of waiting for them.
        Assert.Equal(["UPDLOCK", "READPAST", "ROWLOCK"], Hints(RawSql.ClaimOutboxBatch.SqlServer));
    }

    [Fact]
    public void OutboxClaim_OnSqlServer_UpdatesTheFirstDueRowsThroughOneOrderedTopQuery()
    {
        var tree = (TSqlScript)OfflineSqlServer.Parse(RawSql.ClaimOutboxBatch.SqlServer, out var errors);
        Assert.Empty(errors);
        var update = Assert.IsType<UpdateStatement>(Assert.Single(Assert.Single(tree.Batches).Statements));
        var claimed = Assert.Single(update.WithCtesAndXmlNamespaces.CommonTableExpressions);
        var pick = Assert.IsType<QuerySpecification>(claimed.QueryExpression);
        Assert.NotNull(pick.TopRowFilter);
        Assert.NotNull(pick.OrderByClause);
        Assert.Equal(claimed.ExpressionName.Value, Assert.IsType<NamedTableReference>(update.UpdateSpecification.Target).SchemaObject.BaseIdentifier.Value);
    }

    [Fact]
    public void For_OnASqlServerContext_ChoosesTheSqlServerVariant()
    {
        using var db = OfflineSqlServer.NewContext();
        Assert.All(RawSql.All, s => Assert.Equal(s.SqlServer, s.For(db.Database)));
    }

    private static List<string> Parameters(string sql) =>
        ParameterPattern().Matches(sql).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> Hints(string sql)
    {
        var hints = new List<string>();
        OfflineSqlServer.Parse(sql, out _).Accept(new HintCollector(hints));
        return hints;
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterPattern();

    private sealed class HintCollector(List<string> hints) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(TableHint node) => hints.Add(node.HintKind.ToString().ToUpperInvariant());
    }
}

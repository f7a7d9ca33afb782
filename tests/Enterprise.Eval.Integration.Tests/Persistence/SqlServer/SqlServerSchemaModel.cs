using System.Text.RegularExpressions;
using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace Enterprise.Eval.Integration.Tests.Persistence.SqlServer;

/// <summary>
/// DacFx builds a SQL Server schema model from the product's tables and from every raw statement (each wrapped in a
/// procedure, so its table and column names are resolved against those tables), offline. An unresolved reference —
/// a misspelt column, a table a statement names but no migration creates — fails here instead of on a customer's server.
/// </summary>
public sealed partial class SqlServerSchemaModel
{
    [Fact]
    public void TablesAndRawStatements_BuildAModelWithoutErrorsOrUnresolvedReferences()
    {
        using var db = OfflineSqlServer.NewContext();
        using var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var batch in Batches(db.Database.GenerateCreateScript())) model.AddObjects(batch);
        foreach (var statement in RawSql.All) model.AddObjects(AsProcedure(statement, db.Model));

        var messages = Problems(model);
        Assert.True(messages.Count == 0, string.Join(Environment.NewLine, messages));
        Assert.Equal(RawSql.All.Count, model.GetObjects(DacQueryScopes.UserDefined, Procedure.TypeClass).Count());
        Assert.Equal(db.Model.GetEntityTypes().Count(e => e.GetTableName() is not null),
            model.GetObjects(DacQueryScopes.UserDefined, Table.TypeClass).Count());
    }

    [Fact]
    public void AStatementNamingAMissingColumn_IsReported()
    {
        // The guard of the test above: DacFx reports unresolved references as warnings, so they are looked for by number.
        using var db = OfflineSqlServer.NewContext();
        using var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var batch in Batches(db.Database.GenerateCreateScript())) model.AddObjects(batch);
        model.AddObjects(AsProcedure(RawSql.ReserveSerials with { SqlServer = RawSql.ReserveSerials.SqlServer.Replace("[LastIssuedSerial]", "[LastSerial]") }, db.Model));
        Assert.Contains(Problems(model), m => m.Contains("LastSerial", StringComparison.Ordinal));
    }

    // Unresolved references (SQL71501/71502/71561/71562) come as warnings; errors of any kind count too.
    private static readonly int[] UnresolvedReference = [71501, 71502, 71561, 71562];

    private static List<string> Problems(TSqlModel model) =>
        model.Validate().Where(m => m.MessageType == DacMessageType.Error || UnresolvedReference.Contains(m.Number))
            .Select(m => m.ToString()).ToList();

    // Each parameter is declared with the store type of the column it is written to or compared with.
    private static string AsProcedure(ProviderSql statement, IModel model)
    {
        var parameters = ParameterPattern().Matches(statement.SqlServer).Select(m => m.Groups[1].Value).Distinct()
            .Select(p => $"@{p} {StoreTypeOf(p, model)}");
        var name = "check_" + NonWord().Replace(statement.Name, "_");
        return $"CREATE PROCEDURE [dbo].[{name}] {string.Join(", ", parameters)} AS BEGIN SET NOCOUNT ON; {statement.SqlServer}; END";
    }

    // The parameters not named after their column; the roster's are named after the employees column they fill.
    private static readonly Dictionary<string, (string Table, string Column)> ColumnOfParameter = new(StringComparer.Ordinal)
    {
        ["sequence"] = ("audit_chain_head", "LastSequence"),
        ["hash"] = ("audit_chain_head", "LastHash"),
        ["count"] = ("certificate_serial_counters", "LastIssuedSerial"),
        ["prefix"] = ("certificate_serial_counters", "Prefix"),
        // The outbox claim and mark; @batch is a row count (TOP), typed like the int Attempts column.
        ["batch"] = ("outbox_messages", "Attempts"),
        ["now"] = ("outbox_messages", "DueAt"),
        ["leaseEnd"] = ("outbox_messages", "DueAt"),
        ["token"] = ("outbox_messages", "ClaimToken"),
        ["id"] = ("outbox_messages", "Id"),
        ["sentAt"] = ("outbox_messages", "SentAt"),
    };

    private static string StoreTypeOf(string parameter, IModel model)
    {
        var (table, column) = ColumnOfParameter.GetValueOrDefault(parameter, ("employees", parameter));
        return model.GetRelationalModel().FindTable(table, null)?.FindColumn(column)?.StoreType
            ?? throw new InvalidOperationException($"@{parameter}: no column {table}.{column} in the model");
    }

    private static IEnumerable<string> Batches(string script) =>
        BatchSeparator().Split(script).Where(b => !string.IsNullOrWhiteSpace(b));

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline)]
    private static partial Regex BatchSeparator();
}

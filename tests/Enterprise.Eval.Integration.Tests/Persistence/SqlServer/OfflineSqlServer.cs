using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Enterprise.Eval.Integration.Tests.Persistence.SqlServer;

/// <summary>
/// The product configured for SQL Server exactly as a deployment would be, pointed at a server that does not exist:
/// no SQL Server runs on these machines, and nothing here opens a connection.
/// </summary>
internal static class OfflineSqlServer
{
    public static readonly DatabaseOptions Options = new()
    {
        Provider = DatabaseProvider.SqlServer,
        ConnectionString = "Server=sqlserver.invalid,1433;Database=eval;User ID=eval;Password=offline;Encrypt=True;TrustServerCertificate=True",
    };

    public static EvalDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<EvalDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, Options);
        return new EvalDbContext(builder.Options);
    }

    /// <summary>The script that migrates an empty SQL Server database to the latest migration, as `dotnet ef migrations script` writes it.</summary>
    public static string MigrationScript(EvalDbContext db) => db.GetService<IMigrator>().GenerateScript();

    public static TSqlFragment Parse(string script, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        return parser.Parse(reader, out errors);
    }

    public static string Describe(IEnumerable<ParseError> errors, string script) =>
        string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message} near «{Line(script, e.Line)}»"));

    private static string Line(string script, int line) =>
        script.Split('\n').ElementAtOrDefault(line - 1)?.Trim() ?? "";
}

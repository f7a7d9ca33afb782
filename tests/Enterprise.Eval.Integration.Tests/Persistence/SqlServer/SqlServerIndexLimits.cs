using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Enterprise.Eval.Integration.Tests.Persistence.SqlServer;

/// <summary>
/// Limits SQL Server enforces only when an index is created or a row is written, which neither a parser nor a schema
/// model checks: no (max) column in an index key, and an index key of at most 1,700 bytes (900 for a clustered key).
/// </summary>
public sealed class SqlServerIndexLimits
{
    [Fact]
    public void EveryIndexAndKey_FitsSqlServersKeyLimits()
    {
        using var db = OfflineSqlServer.NewContext();
        var problems = new List<string>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            var keys = table.Indexes.Select(i => (i.Name, Columns: i.Columns, Limit: 1700))
                .Concat(table.UniqueConstraints.Select(u => (u.Name, Columns: u.Columns, Limit: u.GetIsPrimaryKey() ? 900 : 1700)));
            foreach (var (name, columns, limit) in keys)
            {
                var bytes = 0;
                foreach (var column in columns)
                {
                    var width = KeyBytes(column.StoreType);
                    if (width is null) problems.Add($"{table.Name}.{name}: column {column.Name} is {column.StoreType}, which cannot be an index key");
                    else bytes += width.Value;
                }
                if (bytes > limit) problems.Add($"{table.Name}.{name}: key of {bytes} bytes exceeds {limit}");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static int? KeyBytes(string storeType)
    {
        var type = storeType.ToLowerInvariant();
        if (type.EndsWith("(max)", StringComparison.Ordinal) || type is "text" or "ntext" or "image" or "xml") return null;
        var open = type.IndexOf('(');
        var length = open < 0 ? 0 : int.Parse(type[(open + 1)..type.IndexOf(')')].Split(',')[0]);
        return (open < 0 ? type : type[..open]) switch
        {
            "nvarchar" or "nchar" => 2 * length,
            "varchar" or "char" or "varbinary" or "binary" => length,
            "uniqueidentifier" => 16,
            "bigint" => 8,
            "int" => 4,
            "smallint" => 2,
            "tinyint" or "bit" => 1,
            "date" => 3,
            "datetime2" or "datetimeoffset" => 10,
            "decimal" or "numeric" => 17,
            "float" => 8,
            _ => throw new InvalidOperationException($"no key width known for {storeType}"),
        };
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// One raw SQL statement the product issues, written once per provider. Parameters are named (<c>@name</c>) in every
/// variant, so the same parameters bind whichever text runs. The variants live side by side in <see cref="RawSql"/>.
/// </summary>
public sealed record ProviderSql(string Name, string Sqlite, string PostgreSql, string SqlServer)
{
    /// <summary>The variant for the provider <paramref name="database"/> runs on.</summary>
    public string For(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsSqlServer()) return SqlServer;
        if (database.IsNpgsql()) return PostgreSql;
        if (database.IsSqlite()) return Sqlite;
        throw new NotSupportedException($"No SQL for provider {database.ProviderName} in statement {Name}.");
    }

    /// <summary>A provider-neutral parameter for <see cref="RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(DatabaseFacade, string, object[])"/>.</summary>
    public static DbParameter Parameter(DatabaseFacade database, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var command = database.GetDbConnection().CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>
    /// A parameter stored the way EF stores a property of the value's type on this provider: a Guid is upper-case
    /// TEXT on SQLite (where a plain parameter would bind a BLOB and match nothing EF wrote), uuid on PostgreSQL,
    /// uniqueidentifier on SQL Server.
    /// </summary>
    public static DbParameter MappedParameter(DatabaseFacade database, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(value);
        var mapping = database.GetService<IRelationalTypeMappingSource>().FindMapping(value.GetType())
                      ?? throw new NotSupportedException($"No {database.ProviderName} mapping for {value.GetType()} (parameter {name}).");
        using var command = database.GetDbConnection().CreateCommand();
        return mapping.CreateParameter(command, name, value, nullable: false);
    }
}

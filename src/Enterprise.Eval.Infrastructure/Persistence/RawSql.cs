namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// Every raw SQL statement the product issues, each with its SQLite, PostgreSQL and SQL Server text in one place.
/// Everything else goes through EF's LINQ translation (idempotency keys: a unique index plus compare-and-set UPDATEs;
/// outbox claims: an UPDATE that re-checks "due"), which each provider renders itself. SQLite's <c>PRAGMA
/// journal_mode=WAL</c> (DatabaseMigrator) has no counterpart elsewhere. A test parses every SQL Server variant with
/// ScriptDom, because no SQL Server runs where the tests do.
///
/// Locking, per statement: SQLite takes the database write lock with the first write of a transaction; PostgreSQL
/// row-locks what an UPDATE touches; SQL Server needs hints where a plain statement would lock too little
/// (UPDLOCK to keep a read lock until commit and block other would-be writers, HOLDLOCK to lock a key range that does
/// not exist yet, ROWLOCK to stay off page locks), whatever READ_COMMITTED_SNAPSHOT is set to.
/// </summary>
public static class RawSql
{
    /// <summary>
    /// Locks the audit chain's head row for the rest of the transaction, before it is read, so concurrent savers seal one
    /// after another. SQLite and PostgreSQL: a no-op UPDATE. SQL Server: a locking read that holds an update lock.
    /// </summary>
    public static readonly ProviderSql LockAuditChainHead = new(
        "audit chain: lock the head",
        Sqlite: "UPDATE audit_chain_head SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1",
        PostgreSql: "UPDATE audit_chain_head SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1",
        SqlServer: "SELECT [LastSequence] FROM [audit_chain_head] WITH (UPDLOCK, HOLDLOCK, ROWLOCK) WHERE [Id] = 1");

    /// <summary>Moves the audit chain's head to the last sealed record (parameters @sequence, @hash).</summary>
    public static readonly ProviderSql WriteAuditChainHead = new(
        "audit chain: write the head",
        Sqlite: "UPDATE audit_chain_head SET \"LastSequence\" = @sequence, \"LastHash\" = @hash WHERE \"Id\" = 1",
        PostgreSql: "UPDATE audit_chain_head SET \"LastSequence\" = @sequence, \"LastHash\" = @hash WHERE \"Id\" = 1",
        SqlServer: "UPDATE [audit_chain_head] WITH (ROWLOCK) SET [LastSequence] = @sequence, [LastHash] = @hash WHERE [Id] = 1");

    /// <summary>
    /// Creates a certificate serial counter at 0 unless it exists (parameter @prefix). SQL Server has no ON CONFLICT:
    /// UPDLOCK and HOLDLOCK lock the key range of the missing row, so two issuers cannot both see it missing.
    /// </summary>
    public static readonly ProviderSql EnsureSerialCounter = new(
        "certificate serials: create the counter",
        Sqlite: "INSERT INTO certificate_serial_counters (\"Prefix\", \"LastIssuedSerial\") VALUES (@prefix, 0) ON CONFLICT (\"Prefix\") DO NOTHING",
        PostgreSql: "INSERT INTO certificate_serial_counters (\"Prefix\", \"LastIssuedSerial\") VALUES (@prefix, 0) ON CONFLICT (\"Prefix\") DO NOTHING",
        SqlServer: "INSERT INTO [certificate_serial_counters] ([Prefix], [LastIssuedSerial]) SELECT @prefix, 0 WHERE NOT EXISTS " +
                   "(SELECT 1 FROM [certificate_serial_counters] WITH (UPDLOCK, HOLDLOCK, ROWLOCK) WHERE [Prefix] = @prefix)");

    /// <summary>
    /// Reserves @count serials and answers the last one (parameters @count, @prefix). The UPDATE's row lock makes a
    /// concurrent issuer wait until this transaction ends; SQL Server answers through OUTPUT instead of RETURNING.
    /// </summary>
    public static readonly ProviderSql ReserveSerials = new(
        "certificate serials: reserve",
        Sqlite: "UPDATE certificate_serial_counters SET \"LastIssuedSerial\" = \"LastIssuedSerial\" + @count WHERE \"Prefix\" = @prefix RETURNING \"LastIssuedSerial\"",
        PostgreSql: "UPDATE certificate_serial_counters SET \"LastIssuedSerial\" = \"LastIssuedSerial\" + @count WHERE \"Prefix\" = @prefix RETURNING \"LastIssuedSerial\"",
        SqlServer: "UPDATE [certificate_serial_counters] WITH (ROWLOCK) SET [LastIssuedSerial] = [LastIssuedSerial] + @count " +
                   "OUTPUT inserted.[LastIssuedSerial] WHERE [Prefix] = @prefix");

    /// <summary>Inserts one roster row (one parameter per column of <see cref="RosterStore.Columns"/>).</summary>
    public static readonly ProviderSql InsertEmployee = new(
        "roster: insert an employee",
        Sqlite: InsertEmployeeSql(Quoted),
        PostgreSql: InsertEmployeeSql(Quoted),
        SqlServer: InsertEmployeeSql(Bracketed));

    /// <summary>Updates one roster row by its key (one parameter per column of <see cref="RosterStore.Columns"/>).</summary>
    public static readonly ProviderSql UpdateEmployee = new(
        "roster: update an employee",
        Sqlite: UpdateEmployeeSql(Quoted, ""),
        PostgreSql: UpdateEmployeeSql(Quoted, ""),
        SqlServer: UpdateEmployeeSql(Bracketed, " WITH (ROWLOCK)"));

    /// <summary>Every statement above, for the offline checks of the SQL Server variants.</summary>
    public static IReadOnlyList<ProviderSql> All { get; } =
        [LockAuditChainHead, WriteAuditChainHead, EnsureSerialCounter, ReserveSerials, InsertEmployee, UpdateEmployee];

    private static string Quoted(string name) => $"\"{name}\"";

    private static string Bracketed(string name) => $"[{name}]";

    private static string InsertEmployeeSql(Func<string, string> quote) =>
        $"INSERT INTO {quote("employees")} ({string.Join(", ", RosterStore.Columns.Select(quote))}) " +
        $"VALUES ({string.Join(", ", RosterStore.Columns.Select(c => "@" + c))})";

    private static string UpdateEmployeeSql(Func<string, string> quote, string hints) =>
        $"UPDATE {quote("employees")}{hints} SET {string.Join(", ", RosterStore.Columns.Skip(3).Select(c => $"{quote(c)} = @{c}"))} " +
        $"WHERE {quote("Id")} = @Id AND {quote("EnterpriseId")} = @EnterpriseId AND {quote("EmployeeNumber")} = @EmployeeNumber";
}

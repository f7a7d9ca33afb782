using Enterprise.Eval.Domain.Notifications;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// Every raw SQL statement the product issues, each with its SQLite, PostgreSQL and SQL Server text in one place.
/// Everything else goes through EF's LINQ translation (idempotency keys: a unique index plus compare-and-set UPDATEs;
/// outbox retries and releases), which each provider renders itself. SQLite's <c>PRAGMA
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

    /// <summary>
    /// Claims up to @batch due outbox rows for one dispatcher in one statement (parameters @batch, @now, @token,
    /// @leaseEnd): Sending, this claim's token, the lease's end as the new due instant, one more attempt. "Due" is
    /// Pending, or Sending whose lease ran out (its dispatcher died between sending and marking). Rows another
    /// dispatcher is claiming right now are skipped, not waited for, so two nodes take two different batches at once:
    /// PostgreSQL's FOR UPDATE SKIP LOCKED, SQL Server's UPDLOCK and READPAST (ROWLOCK keeps the skipped unit a row,
    /// not a page). PostgreSQL picks in a WITH query, which runs once: as <c>WHERE "Id" IN (SELECT … LIMIT … FOR UPDATE
    /// SKIP LOCKED)</c> the planner may re-run the subquery for each row, skip the rows the statement itself just
    /// updated, and claim far more than @batch (seen here: 25 rows for a batch of 10). Its locking read re-checks "due"
    /// on rows another claim committed meanwhile. SQLite has one writer at a time, so its statement cannot meet another
    /// claim halfway, and its uncorrelated subquery runs once.
    /// </summary>
    public static readonly ProviderSql ClaimOutboxBatch = new(
        "outbox: claim a batch",
        Sqlite: $"UPDATE outbox_messages SET {ClaimAssignments(Quoted, "'")} WHERE \"Id\" IN " +
                $"(SELECT \"Id\" FROM outbox_messages WHERE {DueCondition(Quoted, "'")} ORDER BY \"Id\" LIMIT @batch)",
        PostgreSql: $"WITH claimed AS (SELECT \"Id\" FROM outbox_messages WHERE {DueCondition(Quoted, "'")} ORDER BY \"Id\" LIMIT @batch FOR UPDATE SKIP LOCKED) " +
                    $"UPDATE outbox_messages SET {ClaimAssignments(Quoted, "'")} FROM claimed WHERE outbox_messages.\"Id\" = claimed.\"Id\"",
        SqlServer: "WITH [claimed] AS (SELECT TOP (@batch) [Id], [Status], [ClaimToken], [DueAt], [Attempts] " +
                   $"FROM [outbox_messages] WITH (UPDLOCK, READPAST, ROWLOCK) WHERE {DueCondition(Bracketed, "N'")} ORDER BY [Id]) " +
                   $"UPDATE [claimed] SET {ClaimAssignments(Bracketed, "N'")}");

    /// <summary>
    /// Marks one outbox row Sent, only while this dispatcher's claim still holds it (parameters @id, @token, @sentAt):
    /// a row whose lease ran out and that another dispatcher claimed again keeps that claim.
    /// </summary>
    public static readonly ProviderSql MarkOutboxSent = new(
        "outbox: mark sent",
        Sqlite: $"UPDATE outbox_messages SET {SentAssignments(Quoted, "'")} WHERE \"Id\" = @id AND \"ClaimToken\" = @token",
        PostgreSql: $"UPDATE outbox_messages SET {SentAssignments(Quoted, "'")} WHERE \"Id\" = @id AND \"ClaimToken\" = @token",
        SqlServer: $"UPDATE [outbox_messages] WITH (ROWLOCK) SET {SentAssignments(Bracketed, "N'")} WHERE [Id] = @id AND [ClaimToken] = @token");

    /// <summary>Every statement above, for the offline checks of the SQL Server variants.</summary>
    public static IReadOnlyList<ProviderSql> All { get; } =
        [LockAuditChainHead, WriteAuditChainHead, EnsureSerialCounter, ReserveSerials, InsertEmployee, UpdateEmployee, ClaimOutboxBatch, MarkOutboxSent];

    // Statuses are stored by name (OutboxMessageConfiguration converts the enum to its name).
    private static string DueCondition(Func<string, string> quote, string open) =>
        $"{quote("Status")} IN ({open}{nameof(OutboxStatus.Pending)}', {open}{nameof(OutboxStatus.Sending)}') AND {quote("DueAt")} <= @now";

    private static string SentAssignments(Func<string, string> quote, string open) =>
        $"{quote("Status")} = {open}{nameof(OutboxStatus.Sent)}', {quote("SentAt")} = @sentAt, {quote("ClaimToken")} = NULL, {quote("LastError")} = NULL";

    private static string ClaimAssignments(Func<string, string> quote, string open) =>
        $"{quote("Status")} = {open}{nameof(OutboxStatus.Sending)}', {quote("ClaimToken")} = @token, " +
        $"{quote("DueAt")} = @leaseEnd, {quote("Attempts")} = {quote("Attempts")} + 1";

    private static string Quoted(string name) => $"\"{name}\"";

    private static string Bracketed(string name) => $"[{name}]";

    private static string InsertEmployeeSql(Func<string, string> quote) =>
        $"INSERT INTO {quote("employees")} ({string.Join(", ", RosterStore.Columns.Select(quote))}) " +
        $"VALUES ({string.Join(", ", RosterStore.Columns.Select(c => "@" + c))})";

    private static string UpdateEmployeeSql(Func<string, string> quote, string hints) =>
        $"UPDATE {quote("employees")}{hints} SET {string.Join(", ", RosterStore.Columns.Skip(3).Select(c => $"{quote(c)} = @{c}"))} " +
        $"WHERE {quote("Id")} = @Id AND {quote("EnterpriseId")} = @EnterpriseId AND {quote("EmployeeNumber")} = @EmployeeNumber";
}

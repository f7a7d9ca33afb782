using System.Data.Common;
using System.Globalization;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enterprise.Eval.Infrastructure.Persistence;

/// <summary>
/// Upserts a validated roster in one transaction. Rows go through prepared commands rather than the change tracker:
/// a yearly roster can have 100,000 people, and tracking that many entities costs several times the insert itself.
/// The statements are <see cref="RawSql.InsertEmployee"/> and <see cref="RawSql.UpdateEmployee"/>; the parameter values
/// differ by provider only for SQLite, which keeps Guids and dates as text.
/// </summary>
public sealed class RosterStore(EvalDbContext db, AuditTrail audit) : IRosterStore
{
    /// <summary>The columns the roster statements write, in parameter order.</summary>
    internal static readonly string[] Columns =
    [
        "Id", "EnterpriseId", "EmployeeNumber", "Name", "IdNumber", "Gender", "BirthDate", "Department", "OccupationCode",
        "OccupationName", "WorkType", "SkillLevel", "SkillLevelObtainedOn", "PostStartedOn", "WorkStartedOn", "Education",
        "TitleName", "TitleRank", "Email", "Mobile", "LineManagerNumber",
    ];

    public async Task<RosterImportSummary> UpsertAsync(Guid enterpriseId, IReadOnlyList<EmployeeRecord> records, string actor, IProgress<int>? progress, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var existing = await db.Employees.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId)
                .ToDictionaryAsync(e => e.EmployeeNumber, StringComparer.Ordinal, ct);
            var sqlite = db.Database.IsSqlite();
            var enterpriseKey = Key(enterpriseId, sqlite);
            await using var insert = Prepare(tx, RawSql.InsertEmployee.For(db.Database));
            await using var update = Prepare(tx, RawSql.UpdateEmployee.For(db.Database));
            var inserted = new List<string>();
            int updated = 0, unchanged = 0, done = 0;
            foreach (var record in records)
            {
                if (existing.TryGetValue(record.EmployeeNumber, out var current))
                {
                    var before = current.Snapshot();
                    if (!current.Apply(record)) unchanged++;
                    else
                    {
                        await ExecuteAsync(update, current, enterpriseKey, sqlite, ct);
                        audit.Record(enterpriseId, actor, "roster.employee-updated", "Employee", current.Id.ToString(), before.Masked(), record.Masked());
                        updated++;
                    }
                }
                else
                {
                    var employee = Employee.Hire(enterpriseId, record);
                    await ExecuteAsync(insert, employee, enterpriseKey, sqlite, ct);
                    existing[record.EmployeeNumber] = employee;
                    inserted.Add(record.EmployeeNumber);
                }
                if (++done % 5000 == 0) progress?.Report(done);
            }
            var summary = new RosterImportSummary(inserted.Count, updated, unchanged);
            audit.Record(enterpriseId, actor, "roster.imported", "Roster", enterpriseId.ToString(), null,
                new { summary.Inserted, summary.Updated, summary.Unchanged, insertedEmployeeNumbers = inserted });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return summary;
        });
    }

    private DbCommand Prepare(IDbContextTransaction tx, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = tx.GetDbTransaction();
        command.CommandText = sql;
        foreach (var column in Columns)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + column;
            command.Parameters.Add(p);
        }
        return command;
    }

    // Runs once per row: the parameters are set in place, in the order of Columns, without an intermediate array.
    private static async Task ExecuteAsync(DbCommand command, Employee e, object enterpriseKey, bool sqlite, CancellationToken ct)
    {
        var p = command.Parameters;
        p[0].Value = Key(e.Id, sqlite);
        p[1].Value = enterpriseKey;
        p[2].Value = e.EmployeeNumber;
        p[3].Value = e.Name;
        p[4].Value = e.IdNumber;
        p[5].Value = e.Gender.ToString();
        p[6].Value = Date(e.BirthDate, sqlite);
        p[7].Value = e.Department;
        p[8].Value = e.OccupationCode;
        p[9].Value = e.OccupationName;
        p[10].Value = Nullable(e.WorkType);
        p[11].Value = e.SkillLevel.ToString();
        p[12].Value = Date(e.SkillLevelObtainedOn, sqlite);
        p[13].Value = Date(e.PostStartedOn, sqlite);
        p[14].Value = Date(e.WorkStartedOn, sqlite);
        p[15].Value = Nullable(e.Education);
        p[16].Value = Nullable(e.TitleName);
        p[17].Value = Nullable(e.TitleRank);
        p[18].Value = Nullable(e.Email);
        p[19].Value = Nullable(e.Mobile);
        p[20].Value = Nullable(e.LineManagerNumber);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static object Nullable(string? value) => value ?? (object)DBNull.Value;

    // EF Core's SQLite provider stores Guids as upper-case text and DateOnly as yyyy-MM-dd; match it exactly so EF reads our rows.
    private static object Key(Guid id, bool sqlite) => sqlite ? UpperCaseText(id) : id;

    // The same text as id.ToString().ToUpperInvariant(), in one string instead of two.
    private static string UpperCaseText(Guid id) => string.Create(36, id, static (span, g) =>
    {
        g.TryFormat(span, out _);
        for (var i = 0; i < span.Length; i++)
            if (span[i] is >= 'a' and <= 'f') span[i] = (char)(span[i] - ('a' - 'A'));
    });

    private static object Date(DateOnly? date, bool sqlite) =>
        date is null ? DBNull.Value : sqlite ? date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.Value;
}

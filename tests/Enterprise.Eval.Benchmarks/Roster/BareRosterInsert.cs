using System.Globalization;
using Enterprise.Eval.Domain.Roster;
using Microsoft.Data.Sqlite;

namespace Enterprise.Eval.Benchmarks.Roster;

/// <summary>
/// The bare baseline of the roster import: the rows the product would store, already as column values, written by one
/// prepared Microsoft.Data.Sqlite INSERT in one transaction. No parsing, validation, EF Core or audit: the fastest
/// honest way to put these rows in this table.
/// </summary>
internal sealed class BareRosterInsert
{
    private static readonly string[] Columns =
    [
        "Id", "EnterpriseId", "EmployeeNumber", "Name", "IdNumber", "Gender", "BirthDate", "Department", "OccupationCode",
        "OccupationName", "WorkType", "SkillLevel", "SkillLevelObtainedOn", "PostStartedOn", "WorkStartedOn", "Education",
        "TitleName", "TitleRank", "Email", "Mobile", "LineManagerNumber",
    ];

    private readonly List<object[]> _rows;

    /// <summary>Converts the records the way the product's store does (Guids upper-case text, dates yyyy-MM-dd).</summary>
    public BareRosterInsert(Guid enterpriseId, IReadOnlyList<EmployeeRecord> records)
    {
        _rows = new List<object[]>(records.Count);
        foreach (var record in records)
        {
            var e = Employee.Hire(enterpriseId, record);
            _rows.Add(
            [
                e.Id.ToString().ToUpperInvariant(), e.EnterpriseId.ToString().ToUpperInvariant(), e.EmployeeNumber, e.Name, e.IdNumber,
                e.Gender.ToString(), Date(e.BirthDate), e.Department, e.OccupationCode, e.OccupationName, Value(e.WorkType),
                e.SkillLevel.ToString(), Date(e.SkillLevelObtainedOn), Date(e.PostStartedOn), Date(e.WorkStartedOn), Value(e.Education),
                Value(e.TitleName), Value(e.TitleRank), Value(e.Email), Value(e.Mobile), Value(e.LineManagerNumber),
            ]);
        }
    }

    public int Count => _rows.Count;

    public void InsertInto(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            $"INSERT INTO employees ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";
        var parameters = Columns.Select(c => insert.Parameters.Add(new SqliteParameter { ParameterName = "@" + c })).ToArray();
        insert.Prepare();
        foreach (var row in _rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = row[i];
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static object Value(string? text) => text ?? (object)DBNull.Value;

    private static object Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? (object)DBNull.Value;
}

using System.Text;
using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Roster;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Infrastructure.Persistence;
using Enterprise.Eval.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Integration.Tests.Roster;

/// <summary>Importing the roster through the real store, on a real database.</summary>
public abstract class RosterImportScenarios
{
    protected abstract Task<TestDatabase> NewDatabaseAsync();

    private static readonly byte[] SampleRoster = File.ReadAllBytes(RepositoryRoot.File("samples", "roster.csv"));

    [Fact]
    public async Task Import_SampleTwice_LeavesTheSameRows()
    {
        await using var database = await NewDatabaseAsync();
        var enterpriseId = await RegisterAsync(database);

        var first = await ImportAsync(database, enterpriseId, SampleRoster);
        var rowsAfterFirst = await EmployeesAsync(database);
        var second = await ImportAsync(database, enterpriseId, SampleRoster);
        var rowsAfterSecond = await EmployeesAsync(database);

        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal(new RosterImportSummary(200, 0, 0), first.Summary);
        Assert.Equal(new RosterImportSummary(0, 0, 200), second.Summary);
        Assert.Equal(rowsAfterFirst, rowsAfterSecond);
    }

    [Fact]
    public async Task Import_ChangedRow_UpdatesItAndAuditsBeforeAndAfterMasked()
    {
        await using var database = await NewDatabaseAsync();
        var enterpriseId = await RegisterAsync(database);
        await ImportAsync(database, enterpriseId, SampleRoster);

        var lines = Encoding.UTF8.GetString(SampleRoster).Split('\n');
        var fields = lines[5].Split(',');
        fields[5] = "新部门";                          // 部门
        lines[5] = string.Join(',', fields);
        var result = await ImportAsync(database, enterpriseId, Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        Assert.Equal(new RosterImportSummary(0, 1, 199), result.Summary);
        await using var db = database.NewContext();
        var audit = await db.AuditRecords.Where(a => a.Action == "roster.employee-updated").SingleAsync();
        Assert.Contains("新部门", audit.After);
        Assert.DoesNotMatch(@"\d{17}[\dX]", audit.Before + audit.After);
    }

    [Fact]
    public async Task Import_WrongCheckCharacterInRow17_ChangesNothingAndReportsRow17()
    {
        await using var database = await NewDatabaseAsync();
        var enterpriseId = await RegisterAsync(database);
        var lines = Encoding.UTF8.GetString(SampleRoster).Split('\n');
        var fields = lines[17].Split(',');           // line 0 is the header, so line 17 is data row 17
        var id = fields[2];
        fields[2] = id[..17] + (id[17] == '0' ? '1' : '0');
        lines[17] = string.Join(',', fields);

        var result = await ImportAsync(database, enterpriseId, Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var error = Assert.Single(result.Errors);
        Assert.Equal((17, "身份证号", "EVAL-ID-004"), (error.Row, error.Column, error.Code));
        Assert.Empty(await EmployeesAsync(database));
    }

    [Fact]
    public async Task Import_IdNumberStoredUnderAnotherEmployeeNumber_IsRefusedNamingBothAndStoresNothing()
    {
        await using var database = await NewDatabaseAsync();
        var enterpriseId = await RegisterAsync(database);
        await ImportAsync(database, enterpriseId, SampleRoster);
        var before = await EmployeesAsync(database);
        var lines = Encoding.UTF8.GetString(SampleRoster).Split('\n');
        var changed = lines[3].Split(',');            // E00003, an ordinary update beside it
        changed[5] = "新部门";
        var newcomer = lines[2].Split(',');
        newcomer[0] = "E09999";                       // E00002 again, under a new 工号
        var file = string.Join('\n', lines[0], string.Join(',', changed), string.Join(',', newcomer));

        var result = await ImportAsync(database, enterpriseId, Encoding.UTF8.GetBytes(file));

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "身份证号", "EVAL-ROSTER-023"), (error.Row, error.Column, error.Code));
        Assert.Contains("E00002", error.Message);
        Assert.Contains("E09999", error.Message);
        Assert.DoesNotMatch(@"\d{17}[\dX]", error.Message);
        Assert.Null(result.Summary);
        Assert.Equal(before, await EmployeesAsync(database));
    }

    [Fact]
    public async Task Import_IdNumberMovedAwayFromItsFormerEmployeeNumberInTheSameFile_IsAccepted()
    {
        await using var database = await NewDatabaseAsync();
        var enterpriseId = await RegisterAsync(database);
        var lines = Encoding.UTF8.GetString(SampleRoster).Split('\n');
        await ImportAsync(database, enterpriseId, Encoding.UTF8.GetBytes(string.Join('\n', lines[0], lines[2], lines[3])));
        var second = lines[2].Split(',');             // the two people's 工号 swapped: each ID moves to the other number,
        var third = lines[3].Split(',');              // and both rows are in the file
        (second[0], third[0]) = ("E00003", "E00002");

        var result = await ImportAsync(database, enterpriseId, Encoding.UTF8.GetBytes(string.Join('\n', lines[0], string.Join(',', third), string.Join(',', second))));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task Import_Gb18030File_IsDetectedAndImported()
    {
        await using var database = await NewDatabaseAsync();
        var enterpriseId = await RegisterAsync(database);
        var gb = TextFileDecoder.Gb18030.GetBytes(Encoding.UTF8.GetString(SampleRoster));

        var result = await ImportAsync(database, enterpriseId, gb);

        Assert.Equal(200, result.Summary!.Inserted);
        Assert.Contains(await EmployeesAsync(database), e => e.StartsWith("E00002|徐晓东|", StringComparison.Ordinal));
    }

    internal static async Task<Guid> RegisterAsync(TestDatabase database, string creditCode = "91350100M000100Y43")
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        var registry = new EnterpriseRegistry(db, new AuditTrail(db, TimeProvider.System), TimeProvider.System);
        var (enterprise, _) = await registry.RegisterAsync(new EnterpriseRegistration(
            "测试机械有限公司", creditCode, EvaluatorType.Employer, "0000", "32", "000123", "江苏省职业技能鉴定中心", "苏评备2026-001",
            new DateOnly(2026, 1, 5)), "test");
        return enterprise.Id;
    }

    private static async Task<RosterImportResult> ImportAsync(TestDatabase database, Guid enterpriseId, byte[] file)
    {
        await using var db = database.NewContext();
        var importer = new RosterImporter(db, new RosterStore(db, new AuditTrail(db, TimeProvider.System)));
        return await importer.ImportAsync(enterpriseId, file, null, "test");
    }

    private static async Task<List<string>> EmployeesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var all = await db.Employees.AsNoTracking().ToListAsync();
        return all.OrderBy(e => e.EmployeeNumber)
            .Select(e => string.Join('|', e.EmployeeNumber, e.Name, e.IdNumber, e.Gender, e.BirthDate, e.Department, e.SkillLevel, e.PostStartedOn, e.Education, e.Email))
            .ToList();
    }
}

public sealed class RosterImportOnSqlite : RosterImportScenarios
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

[Collection("postgres")]
public sealed class RosterImportOnPostgres(PostgresFixture postgres) : RosterImportScenarios
{
    protected override Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgresAsync(postgres.Server);
}

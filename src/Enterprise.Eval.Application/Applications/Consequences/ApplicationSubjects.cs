using Enterprise.Eval.Application.Abstractions;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Applications.Consequences;

/// <summary>
/// What the consequences of an application's transition need besides the application: its employee (the roster's
/// record: name, number, mail address) and its cycle's name. Read once per unit of work: a closing screening of a
/// thousand applications of one cycle asks for the name once.
/// </summary>
public sealed class ApplicationSubjects(IEvalDbContext db)
{
    private readonly Dictionary<Guid, Employee> _employees = [];
    private readonly Dictionary<Guid, string> _cycleNames = [];

    public async Task<Employee> EmployeeAsync(Guid employeeId, CancellationToken ct)
    {
        if (_employees.TryGetValue(employeeId, out var known)) return known;
        var employee = db.Employees.Local.FirstOrDefault(e => e.Id == employeeId)
            ?? await db.Employees.AsNoTracking().FirstAsync(e => e.Id == employeeId, ct);
        return _employees[employeeId] = employee;
    }

    /// <summary>When the cycle's application window closes now (an extension included).</summary>
    public async Task<DateTimeOffset> WindowClosesAtAsync(Guid cycleId, CancellationToken ct)
    {
        var cycle = db.Cycles.Local.FirstOrDefault(c => c.Id == cycleId) ?? await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == cycleId, ct);
        return cycle.Timetable?.WindowClosesAt ?? throw new InvalidOperationException($"Cycle {cycleId} has no timetable.");
    }

    /// <summary>The title of the cycle's scheme, as the mails name the cycle.</summary>
    public async Task<string> CycleNameAsync(Guid cycleId, CancellationToken ct)
    {
        if (_cycleNames.TryGetValue(cycleId, out var known)) return known;
        var name = await db.Cycles.AsNoTracking().Where(c => c.Id == cycleId)
            .Join(db.SchemeDocuments.AsNoTracking(), c => c.SchemeId, d => d.Id, (c, d) => d.Title)
            .FirstAsync(ct);
        return _cycleNames[cycleId] = name;
    }
}

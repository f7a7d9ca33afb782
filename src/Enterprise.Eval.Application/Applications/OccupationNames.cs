using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Roster;
using Enterprise.Eval.Domain.SchemeDocuments;

namespace Enterprise.Eval.Application.Applications;

/// <summary>The name of the occupation an application is for: the roster's when it is the roster's code, else the scheme's.</summary>
public static class OccupationNames
{
    public static string For(SchemeDocument? document, SkillApplication application, Employee employee)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(employee);
        var code = application.OccupationFor(employee.OccupationCode);
        if (code == employee.OccupationCode) return employee.OccupationName;
        var listed = document is null ? null : StoredSchemes.Of(document)?.Occupations.FirstOrDefault(o => o.Code == code);
        // A code the scheme does not list has no name of its own here; the code stands in rather than a wrong name.
        return listed?.Name ?? code;
    }
}

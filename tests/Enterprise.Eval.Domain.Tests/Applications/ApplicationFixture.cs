using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Tests.Applications;

/// <summary>The 南通 2019 registration window (10 June 9:00 – 13 June 16:00) and a filled-in, pledged form.</summary>
internal static class ApplicationFixture
{
    public static readonly DateTimeOffset Opens = ChinaTime.At(new DateOnly(2019, 6, 10), new TimeOnly(9, 0));
    public static readonly DateTimeOffset Closes = ChinaTime.At(new DateOnly(2019, 6, 13), new TimeOnly(16, 0));
    public static readonly ApplicationWindow Window = new(Opens, Closes);
    public static readonly DateTimeOffset During = Opens.AddDays(1);

    public static ApplicationForm Form(string expertise = "数控车削") => new()
    {
        Education = "大专", Title = "工程师", Department = "机修车间", Expertise = expertise, Pledged = true,
    };

    public static SkillApplication Submitted(DateTimeOffset? at = null) =>
        SkillApplication.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Form(), [], Window, at ?? During);
}

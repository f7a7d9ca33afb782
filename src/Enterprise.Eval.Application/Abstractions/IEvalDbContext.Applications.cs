using Enterprise.Eval.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    /// <summary>Applications with their material versions (loaded with Include).</summary>
    DbSet<SkillApplication> Applications { get; }

    /// <summary>Material versions; added here explicitly when uploaded to a tracked application.</summary>
    DbSet<MaterialFile> MaterialFiles { get; }

    /// <summary>Bars from applying after falsified materials.</summary>
    DbSet<BanRecord> Bans { get; }
}

using Enterprise.Eval.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<SkillApplication> Applications => Set<SkillApplication>();
    public DbSet<MaterialFile> MaterialFiles => Set<MaterialFile>();
    public DbSet<BanRecord> Bans => Set<BanRecord>();
}

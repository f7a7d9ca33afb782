using Enterprise.Eval.Domain.Publicity;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<PublicityNotice> PublicityNotices => Set<PublicityNotice>();
}

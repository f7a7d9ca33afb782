using Enterprise.Eval.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Infrastructure.Persistence;

public sealed partial class EvalDbContext
{
    public DbSet<ConsoleAccount> ConsoleAccounts => Set<ConsoleAccount>();
}

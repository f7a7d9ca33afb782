using Enterprise.Eval.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    DbSet<ConsoleAccount> ConsoleAccounts { get; }
}

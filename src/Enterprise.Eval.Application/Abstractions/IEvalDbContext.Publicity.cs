using Enterprise.Eval.Domain.Publicity;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    /// <summary>Publicity notices with their list snapshot and objections (one notice per cycle).</summary>
    DbSet<PublicityNotice> PublicityNotices { get; }
}

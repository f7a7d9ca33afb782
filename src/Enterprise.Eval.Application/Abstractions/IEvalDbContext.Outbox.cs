using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Application.Abstractions;

public partial interface IEvalDbContext
{
    /// <summary>Mails waiting to go out, sent, or failed; rows are added in the same unit of work as the change they announce.</summary>
    DbSet<OutboxMessage> OutboxMessages { get; }
}

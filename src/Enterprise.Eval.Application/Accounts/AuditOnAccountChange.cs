using Enterprise.Eval.Application.Audit;
using Enterprise.Eval.Application.Events;
using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Domain.Accounts.Events;

namespace Enterprise.Eval.Application.Accounts;

/// <summary>
/// The audit record of each account change (account.*). It holds who the account is and its role and state, never a
/// password, hash or invitation token.
/// </summary>
public sealed class AuditOnAccountChange(AuditTrail audit)
    : IDomainEventHandler<AccountInvited>, IDomainEventHandler<AccountActivated>, IDomainEventHandler<AccountLockedOut>,
      IDomainEventHandler<AccountProvisionedByPlatform>, IDomainEventHandler<AccountLinkedToPlatform>,
      IDomainEventHandler<AccountChangedByPlatform>
{
    public Task HandleAsync(AccountInvited e, EventContext context, CancellationToken ct) =>
        Record(e.Account, context, "account.invited", null, Describe(e.Account));

    public Task HandleAsync(AccountActivated e, EventContext context, CancellationToken ct) =>
        Record(e.Account, context, "account.activated", new { status = "invited" }, Describe(e.Account));

    public Task HandleAsync(AccountLockedOut e, EventContext context, CancellationToken ct) =>
        Record(e.Account, context, "account.locked-out", null, new { lockedOutUntil = e.Account.LockedOutUntil });

    public Task HandleAsync(AccountProvisionedByPlatform e, EventContext context, CancellationToken ct) =>
        Record(e.Account, context, "account.provisioned-by-platform", null, DescribeLinked(e.Account));

    public Task HandleAsync(AccountLinkedToPlatform e, EventContext context, CancellationToken ct) =>
        Record(e.Account, context, "account.linked-to-platform", null, DescribeLinked(e.Account));

    public Task HandleAsync(AccountChangedByPlatform e, EventContext context, CancellationToken ct) =>
        Record(e.Account, context, "account.changed-by-platform",
            new { Email = e.FormerEmail, DisplayName = e.FormerDisplayName, Role = e.FormerRole.ToString() }, DescribeLinked(e.Account));

    private Task Record(ConsoleAccount account, EventContext context, string action, object? before, object after)
    {
        audit.Record(account.EnterpriseId, context.Actor, action, nameof(ConsoleAccount), account.Id.ToString(), before, after);
        return Task.CompletedTask;
    }

    private static object Describe(ConsoleAccount a) => new
    {
        a.Email, a.DisplayName, Role = a.Role.ToString(), Status = a.IsActive ? "active" : "invited", a.InvitationExpiresAt,
    };

    private static object DescribeLinked(ConsoleAccount a) => new
    {
        a.Email, a.DisplayName, Role = a.Role.ToString(), Status = "active", Platform = a.PlatformIssuer,
    };
}

namespace Enterprise.Eval.Application.Notifications;

/// <summary>What one pass of the daily digest did: enterprises mailed, already mailed today, and skipped for want of an HR address.</summary>
public sealed record HrDigestRun(DateOnly Day, IReadOnlyList<Guid> Written, IReadOnlyList<Guid> AlreadyWritten, IReadOnlyList<Guid> NoHrContact);

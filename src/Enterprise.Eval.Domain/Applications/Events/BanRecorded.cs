using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Applications.Events;

/// <summary>A ban from applying was recorded (the scheme's misconductBanYears after a disqualification for fraud).</summary>
public sealed record BanRecorded(BanRecord Ban) : IDomainEvent;

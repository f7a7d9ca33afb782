namespace Enterprise.Eval.Domain.Certificates;

/// <summary>The score of one evaluation stage (e.g. 业绩评审, 口头答辩) a certificate was awarded on; null when not scored.</summary>
public sealed record CertificateStageScore(string Stage, decimal? Score);

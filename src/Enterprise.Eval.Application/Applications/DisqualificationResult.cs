using Enterprise.Eval.Domain.Applications;

namespace Enterprise.Eval.Application.Applications;

/// <summary>The disqualified application, the ban recorded (none where the scheme states no ban years), and whether a certificate was revoked.</summary>
public sealed record DisqualificationResult(SkillApplication Application, BanRecord? Ban, bool CertificateRevoked);

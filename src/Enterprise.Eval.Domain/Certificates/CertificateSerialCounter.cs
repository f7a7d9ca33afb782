using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// The serial allocation rule for one <see cref="CertificateSerialScope"/>: serials go up by one in issue order and
/// never go back, so a revoked certificate keeps its number and no number is ever handed out twice. There is
/// deliberately no way to release a serial. Persistence must load, allocate and save the counter inside the issuing
/// transaction (with a concurrency check) so that two workers issuing at once cannot both take the same serial.
/// </summary>
public sealed class CertificateSerialCounter
{
    private CertificateSerialCounter(CertificateSerialScope scope, int lastIssuedSerial)
    {
        Scope = scope;
        LastIssuedSerial = lastIssuedSerial;
    }

    public CertificateSerialScope Scope { get; }

    /// <summary>0 before the first certificate of the scope.</summary>
    public int LastIssuedSerial { get; private set; }

    public int Remaining => CertificateNumber.MaxSerial - LastIssuedSerial;

    public static CertificateSerialCounter Start(CertificateSerialScope scope) => new(scope ?? throw new ArgumentNullException(nameof(scope)), 0);

    /// <summary>Rebuilds a counter from storage.</summary>
    public static CertificateSerialCounter Restore(CertificateSerialScope scope, int lastIssuedSerial)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfNegative(lastIssuedSerial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastIssuedSerial, CertificateNumber.MaxSerial);
        return new CertificateSerialCounter(scope, lastIssuedSerial);
    }

    /// <summary>Takes the next serial. Throws EVAL-CERT-016 once 999999 numbers have been issued in the scope.</summary>
    public CertificateNumber Allocate()
    {
        if (LastIssuedSerial >= CertificateNumber.MaxSerial)
            throw new DomainException(CertificateNumberErrors.SerialsExhausted,
                $"证书编号前缀{Scope.Prefix}下的流水号已用完（最多999999个），同一机构、年份和等级不能再发证");
        LastIssuedSerial++;
        return Scope.NumberFor(LastIssuedSerial);
    }
}

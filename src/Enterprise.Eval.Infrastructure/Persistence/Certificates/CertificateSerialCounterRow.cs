namespace Enterprise.Eval.Infrastructure.Persistence.Certificates;

/// <summary>
/// The stored state of one serial scope's counter (<c>CertificateSerialCounter</c>): the 16-character number prefix and
/// the last serial handed out. Only ever changed by <see cref="CertificateSerialStore"/>'s single UPDATE statement.
/// </summary>
internal sealed class CertificateSerialCounterRow
{
    public string Prefix { get; set; } = "";
    public int LastIssuedSerial { get; set; }
}

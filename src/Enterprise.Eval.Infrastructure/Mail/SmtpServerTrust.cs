using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Which SMTP server certificates are accepted: those the system trusts, and with Mail:TrustedCertificateFile also
/// those that chain to a certificate in that PEM file (an in-house relay with its own CA or a self-signed
/// certificate). A certificate for another host name is refused either way.
/// </summary>
internal sealed class SmtpServerTrust
{
    private readonly X509Certificate2Collection _extraRoots;

    private SmtpServerTrust(X509Certificate2Collection extraRoots) => _extraRoots = extraRoots;

    public static SmtpServerTrust From(string? pemFile)
    {
        var roots = new X509Certificate2Collection();
        if (!string.IsNullOrWhiteSpace(pemFile)) roots.ImportFromPemFile(pemFile);
        return new SmtpServerTrust(roots);
    }

    /// <summary>Null when only the system's trust applies: MailKit then validates as it always does.</summary>
    public RemoteCertificateValidationCallback? Callback => _extraRoots.Count == 0 ? null : Accepts;

    private bool Accepts(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (certificate is null || errors != SslPolicyErrors.RemoteCertificateChainErrors) return false;
        using var server = new X509Certificate2(certificate);
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_extraRoots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements.Skip(1)) custom.ChainPolicy.ExtraStore.Add(element.Certificate);
        }
        return custom.Build(server);
    }
}

using Enterprise.Eval.Domain.Notifications;
using MimeKit;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>Section "Mail": how mails are delivered, paced and retried, and where enterprises' own templates live.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Pickup (default: .eml files in PickupFolder, no server needed) or Smtp.</summary>
    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>Upgrade the SMTP connection with STARTTLS before anything else is said; refuses a server that does not offer it.</summary>
    public bool UseStartTls { get; set; } = true;
    /// <summary>TLS from the first byte (SMTPS, usually port 465) instead of STARTTLS; UseStartTls is then moot.</summary>
    public bool ImplicitTls { get; set; }
    /// <summary>
    /// Optional PEM file with the certificate (or CA) of an in-house SMTP server that the system does not trust; the
    /// server's certificate must chain to it and name the host. Without it only the system's trusted CAs count.
    /// </summary>
    public string? TrustedCertificateFile { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@enterprise-eval.localhost";
    public string FromName { get; set; } = "技能人才评价";
    /// <summary>Delivery attempts before a mail is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>Mails of a batch in flight at once: they take turns on the batch's one SMTP connection while the others are built or marked.</summary>
    public int MaxConcurrency { get; set; } = 4;
    /// <summary>Upper bound on mails per second (0 = no limit); many providers throttle bulk senders.</summary>
    public int MessagesPerSecond { get; set; } = 10;
    /// <summary>Wait after the first failed attempt; it doubles each time, up to RetryMaxSeconds.</summary>
    public int RetryBaseSeconds { get; set; } = 60;
    public int RetryMaxSeconds { get; set; } = 3600;
    /// <summary>How long a claimed mail is reserved for one dispatcher; after a crash it is sent again once it expires.</summary>
    public int LeaseSeconds { get; set; } = 300;
    public int TimeoutSeconds { get; set; } = 60;
    /// <summary>How often an idle dispatcher looks for due mails.</summary>
    public double PollSeconds { get; set; } = 5;
    public int BatchSize { get; set; } = 100;
    public string PickupFolder { get; set; } = "data/mail";
    /// <summary>Optional folder of enterprise templates: TemplateFolder/&lt;enterprise ID or credit code&gt;/&lt;event&gt;/{subject,text,html}.hbs.</summary>
    public string? TemplateFolder { get; set; }
    /// <summary>China time of day from which the day's HR digest is written ("08:00").</summary>
    public string DigestTime { get; set; } = "08:00";
    /// <summary>How often the digest job looks for enterprises without today's digest.</summary>
    public int DigestCheckMinutes { get; set; } = 15;

    public TimeOnly DigestNotBefore =>
        TimeOnly.TryParseExact(DigestTime, ["H:mm", "HH:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : new TimeOnly(8, 0);

    public IEnumerable<string> Validate()
    {
        if (!Enum.IsDefined(Delivery))
            yield return $"Mail:Delivery = '{Delivery}' is not a delivery mode. Use 'Pickup' (default, writes .eml files) or 'Smtp'.";
        if (!MailAddressFormat.LooksLikeAddress(From) || !MailboxAddress.TryParse(From, out _))
            yield return $"Mail:From = '{From}' is not a mail address. Set it to the sender address, e.g. 'hr-eval@example.com'.";
        if (Delivery == MailDelivery.Smtp)
        {
            if (string.IsNullOrWhiteSpace(Host))
                yield return "Mail:Host is empty but Mail:Delivery is 'Smtp'. Set the SMTP server name, e.g. 'smtp.example.com', or use Delivery 'Pickup'.";
            if (Port is < 1 or > 65535)
                yield return $"Mail:Port = {Port} is not a TCP port. Use 587 (STARTTLS), 465 (ImplicitTls) or 25.";
            if (!string.IsNullOrWhiteSpace(TrustedCertificateFile) && !File.Exists(TrustedCertificateFile))
                yield return $"Mail:TrustedCertificateFile = '{TrustedCertificateFile}' does not exist. Point it at the SMTP server's certificate or CA as a PEM file, or remove the key to trust the system's CAs only.";
            else if (!string.IsNullOrWhiteSpace(TrustedCertificateFile) && !ContainsCertificate(TrustedCertificateFile))
                yield return $"Mail:TrustedCertificateFile = '{TrustedCertificateFile}' holds no PEM certificate (-----BEGIN CERTIFICATE-----). Export the server's certificate or CA as PEM.";
            if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
                yield return $"Mail:UserName = '{UserName}' is set but Mail:Password is empty. Set EVAL__Mail__Password, or remove UserName for a server without login.";
        }
        if (Delivery == MailDelivery.Pickup && string.IsNullOrWhiteSpace(PickupFolder))
            yield return "Mail:PickupFolder is empty. Set a folder such as 'data/mail', or remove the key to use that default.";
        if (MaxAttempts is < 1 or > 50)
            yield return $"Mail:MaxAttempts = {MaxAttempts} is out of range. Use 1 to 50 (default 6).";
        if (MaxConcurrency is < 1 or > 64)
            yield return $"Mail:MaxConcurrency = {MaxConcurrency} is out of range. Use 1 to 64 (default 4).";
        if (MessagesPerSecond < 0)
            yield return $"Mail:MessagesPerSecond = {MessagesPerSecond} is negative. Use 0 for no limit, or a positive rate (default 10).";
        if (RetryBaseSeconds < 1 || RetryMaxSeconds < RetryBaseSeconds)
            yield return $"Mail:RetryBaseSeconds = {RetryBaseSeconds} and Mail:RetryMaxSeconds = {RetryMaxSeconds} do not fit. Use a base of at least 1 and a maximum no smaller than the base (defaults 60 and 3600).";
        if (TimeoutSeconds < 1)
            yield return $"Mail:TimeoutSeconds = {TimeoutSeconds} must be positive (default 60).";
        if (LeaseSeconds <= TimeoutSeconds)
            yield return $"Mail:LeaseSeconds = {LeaseSeconds} must exceed Mail:TimeoutSeconds = {TimeoutSeconds}, or a slow send could be claimed twice. Use e.g. 300.";
        if (PollSeconds is <= 0 or > 3600)
            yield return $"Mail:PollSeconds = {PollSeconds} is out of range. Use a value above 0 and at most 3600 (default 5).";
        if (BatchSize is < 1 or > 10000)
            yield return $"Mail:BatchSize = {BatchSize} is out of range. Use 1 to 10000 (default 100).";
        if (!TimeOnly.TryParseExact(DigestTime, ["H:mm", "HH:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            yield return $"Mail:DigestTime = '{DigestTime}' is not a time of day. Use China time as HH:mm, e.g. '08:00' (default).";
        if (DigestCheckMinutes is < 1 or > 1440)
            yield return $"Mail:DigestCheckMinutes = {DigestCheckMinutes} is out of range. Use 1 to 1440 (default 15).";
        if (!string.IsNullOrWhiteSpace(TemplateFolder) && !Directory.Exists(TemplateFolder))
            yield return $"Mail:TemplateFolder = '{TemplateFolder}' does not exist. Create it, or remove the key to use the built-in templates only.";
    }

    private static bool ContainsCertificate(string pemFile)
    {
        try
        {
            var certificates = new System.Security.Cryptography.X509Certificates.X509Certificate2Collection();
            certificates.ImportFromPemFile(pemFile);
            return certificates.Count > 0;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

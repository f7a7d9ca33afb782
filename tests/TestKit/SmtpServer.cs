using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Enterprise.Eval.TestKit;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd on a free loopback port, storing what it receives in a Maildir
/// under a temp folder. Starting fails the test (never skips it) when the server cannot run. Can be stopped and
/// started again on the same port, to simulate an outage.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private Process? _process;

    private readonly bool _smtpUtf8;
    private readonly bool _implicitTls;
    private readonly (string User, string Password)? _login;

    private SmtpServer(string root, int port, bool smtpUtf8, bool implicitTls, (string User, string Password)? login)
    {
        Root = root;
        Port = port;
        _smtpUtf8 = smtpUtf8;
        _implicitTls = implicitTls;
        _login = login;
    }

    public string Root { get; }
    public int Port { get; }
    public string Maildir => Path.Combine(Root, "Maildir");
    public string NewFolder => Path.Combine(Maildir, "new");

    /// <summary>
    /// With STARTTLS, the server requires it before accepting mail; with implicit TLS (SMTPS) it speaks TLS from the first
    /// byte. Either way it uses a fresh self-signed certificate for 127.0.0.1, stored as <see cref="CertificateFile"/>.
    /// </summary>
    public X509Certificate2? Certificate { get; private set; }

    /// <summary>The server's certificate as PEM (when it has one): what a client is told to trust.</summary>
    public string CertificateFile => Path.Combine(Root, "cert.pem");

    /// <param name="startTls">Require STARTTLS before mail.</param>
    /// <param name="smtpUtf8">Offer the SMTPUTF8 extension (RFC 6531).</param>
    /// <param name="implicitTls">SMTPS: TLS from the first byte, no plain-text greeting.</param>
    /// <param name="login">
    /// Require AUTH (PLAIN or LOGIN, over the plain connection) with exactly this user and password before mail; the
    /// CLI cannot, so aiosmtpd's controller is started from a short script. Not combined with the other options.
    /// </param>
    public static SmtpServer Start(bool startTls = false, bool smtpUtf8 = false, bool implicitTls = false, (string User, string Password)? login = null)
    {
        if (login is not null && (startTls || smtpUtf8 || implicitTls)) throw new ArgumentException("A login server is a plain server here.", nameof(login));
        var root = Path.Combine(Path.GetTempPath(), "eval-smtp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var server = new SmtpServer(root, FreePort(), smtpUtf8, implicitTls, login);
        if (startTls || implicitTls) server.CreateCertificate();
        server.Resume();
        return server;
    }

    private void CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(CertificateFile, Certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(Root, "key.pem"), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>Starts the server process (again) and waits until it accepts connections.</summary>
    public void Resume()
    {
        if (_process is { HasExited: false }) return;
        if (!File.Exists(Python)) throw new InvalidOperationException($"{Python} is missing; install Debian's python3-aiosmtpd (apt-get install -y python3-aiosmtpd).");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Certificate is not null)
        {
            var (cert, key) = _implicitTls ? ("--smtpscert", "--smtpskey") : ("--tlscert", "--tlskey");
            foreach (var arg in new[] { cert, CertificateFile, key, Path.Combine(Root, "key.pem") }) start.ArgumentList.Add(arg);
        }
        if (_smtpUtf8) start.ArgumentList.Add("--smtputf8");
        if (_login is { } login)
        {
            start.ArgumentList.Clear();
            foreach (var arg in new[] { "-c", LoginServerScript, Maildir, Port.ToString(), login.User, login.Password }) start.ArgumentList.Add(arg);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"aiosmtpd exited with {_process.ExitCode}: {_process.StandardError.ReadToEnd()} (is python3-aiosmtpd installed?)");
            if (_implicitTls ? Listens() : Accepts()) return;
            Thread.Sleep(100);
        }
        Stop();
        throw new InvalidOperationException($"aiosmtpd did not accept connections on 127.0.0.1:{Port} within 60 s.");
    }

    // aiosmtpd's own controller with its Mailbox handler, requiring AUTH; runs until killed.
    private const string LoginServerScript = """
        import sys, threading
        from aiosmtpd.controller import Controller
        from aiosmtpd.handlers import Mailbox
        from aiosmtpd.smtp import AuthResult
        maildir, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode(), sys.argv[4].encode()
        def check(server, session, envelope, mechanism, data):
            ok = data.login == user and data.password == password
            return AuthResult(success=ok, handled=ok)  # handled=False: aiosmtpd answers 535 itself
        Controller(Mailbox(maildir), hostname="127.0.0.1", port=port, authenticator=check,
                   auth_required=True, auth_require_tls=False).start()
        threading.Event().wait()
        """;

    /// <summary>Kills the server; connections are refused until <see cref="Resume"/>.</summary>
    public void Stop()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        _process = null;
    }

    public IReadOnlyList<DeliveredMail> Delivered() =>
        Directory.Exists(NewFolder)
            ? Directory.GetFiles(NewFolder).Order(StringComparer.Ordinal).Select(f => DeliveredMail.Parse(File.ReadAllText(f))).ToList()
            : [];

    public void Dispose()
    {
        Stop();
        Certificate?.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.ReadTimeout = 5000;
            var buffer = new byte[3];
            return stream.Read(buffer, 0, 3) == 3 && buffer[0] == (byte)'2';
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    // An SMTPS server greets only after the TLS handshake: an accepted TCP connection is the sign of life.
    private bool Listens()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The raw files the server stored, oldest name first: for checks on bytes as they arrived.</summary>
    public IReadOnlyList<string> DeliveredFiles() =>
        Directory.Exists(NewFolder) ? Directory.GetFiles(NewFolder).Order(StringComparer.Ordinal).ToList() : [];

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

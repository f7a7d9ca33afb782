using System.Net.Sockets;
using Enterprise.Eval.Application.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// One SMTP connection kept open for a dispatch batch: connected (TLS, AUTH) when the first mail goes, reused for the
/// rest, closed with QUIT when the batch is disposed. MailKit's client carries one conversation at a time, so mails
/// take turns on it; building each MIME message happens outside the turn.
/// A server that dropped the kept-open connection between two mails (idle timeout, restart) is noticed when the next
/// mail's first command fails; none of that mail's data had gone, so it is sent at once over a fresh connection. A
/// connection lost while a mail's data was on the wire leaves that mail's fate unknown: it fails this attempt and goes
/// again later under the same Message-ID, as the outbox always does. If connecting fails, the rest of the batch fails
/// at once with that reason instead of each mail waiting out its own connect timeout.
/// </summary>
internal sealed class SmtpMailBatch(MailOptions options, SmtpServerTrust trust, ILogger log) : IMailBatch
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private SmtpClient? _client;
    private Exception? _connectFailure;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var message = MailMessageFactory.Create(mail, options);
        await _turn.WaitAsync(ct);
        try
        {
            var client = await ConnectedAsync(ct);
            var progress = new DataProgress();
            try
            {
                await client.SendAsync(FormatFor(client), message, ct, progress);
            }
            catch (Exception e) when (IsConnectionLost(e) && !progress.DataStarted && !ct.IsCancellationRequested)
            {
                log.LogInformation("SMTP connection to {Host}:{Port} was closed by the server before mail {OutboxMessageId}; reconnecting",
                    options.Host, options.Port, mail.MessageId);
                await DropAsync();
                client = await ConnectedAsync(ct);
                await client.SendAsync(FormatFor(client), message, ct);
            }
        }
        catch (SmtpCommandException)
        {
            // The server refused this mail (a recipient, the size, a policy) and said so: the connection stays good.
            throw;
        }
        catch
        {
            // Anything else may leave the conversation half-way: the next mail starts on a fresh connection.
            await DropAsync();
            throw;
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            if (_client is { IsConnected: true } client)
            {
                // Every mail is already sent and marked: a QUIT that fails or hangs must not hold up the dispatcher.
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Min(5, options.TimeoutSeconds)));
                try { await client.DisconnectAsync(quit: true, quit.Token); }
                catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ProtocolException or SmtpCommandException)
                {
                    log.LogDebug(e, "QUIT to {Host}:{Port} failed after the batch", options.Host, options.Port);
                }
            }
            _client?.Dispose();
            _client = null;
        }
        finally
        {
            _turn.Release();
            _turn.Dispose();
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true }) return _client;
        if (_connectFailure is not null)
            throw new IOException($"Not attempted: connecting to {options.Host}:{options.Port} failed earlier in this batch.", _connectFailure);
        var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000, ServerCertificateValidationCallback = trust.Callback };
        try
        {
            await client.ConnectAsync(options.Host ?? "", options.Port, SocketSecurity(options), ct);
            if (!string.IsNullOrEmpty(options.UserName)) await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
        }
        catch (Exception e)
        {
            client.Dispose();
            if (!ct.IsCancellationRequested) _connectFailure = e;
            throw;
        }
        log.LogDebug("SMTP connection to {Host}:{Port} open ({Security}, SMTPUTF8 {Utf8})",
            options.Host, options.Port, SocketSecurity(options), client.Capabilities.HasFlag(SmtpCapabilities.UTF8));
        _client = client;
        return client;
    }

    private async Task DropAsync()
    {
        if (_client is null) return;
        try
        {
            if (_client.IsConnected) await _client.DisconnectAsync(quit: false, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException)
        {
            // Already gone: nothing to close.
        }
        _client.Dispose();
        _client = null;
    }

    internal static SecureSocketOptions SocketSecurity(MailOptions o) =>
        o.ImplicitTls ? SecureSocketOptions.SslOnConnect : o.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;

    // Where the server offers SMTPUTF8, headers go as raw UTF-8 (RFC 6532) and MAIL FROM says so; elsewhere MimeKit
    // writes them as RFC 2047 encoded words.
    private static FormatOptions FormatFor(SmtpClient client) =>
        client.Capabilities.HasFlag(SmtpCapabilities.UTF8) ? International : FormatOptions.Default;

    // Built once: MimeKit only reads the options while writing a message.
    private static readonly FormatOptions International = InternationalOptions();

    private static FormatOptions InternationalOptions()
    {
        var international = FormatOptions.Default.Clone();
        international.International = true;
        return international;
    }

    private static bool IsConnectionLost(Exception e) =>
        e is IOException or SocketException or ServiceNotConnectedException or SmtpProtocolException;

    /// <summary>Notices whether any of the message's data reached the connection.</summary>
    private sealed class DataProgress : ITransferProgress
    {
        public bool DataStarted { get; private set; }

        public void Report(long bytesTransferred, long totalSize) => Report(bytesTransferred);

        public void Report(long bytesTransferred)
        {
            if (bytesTransferred > 0) DataStarted = true;
        }
    }
}

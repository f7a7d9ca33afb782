using System.Collections.Concurrent;
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
/// rest, closed with QUIT when the batch is disposed. SMTP carries one conversation at a time, so the connection has
/// one thread of its own that sends the queued mails one after another with MailKit's synchronous client; callers build
/// their MIME message first, queue it and wait. Measured on the mail benchmark: handing each mail to the next caller's
/// asynchronous send cost a thread-pool hop and an async state machine per network read and write, on the same two
/// cores the SMTP server needs; the thread sends like a plain client.
/// A server that dropped the kept-open connection between two mails (idle timeout, restart) is noticed when the next
/// mail's first command fails; none of that mail's data had gone, so it is sent at once over a fresh connection. A
/// connection lost while a mail's data was on the wire leaves that mail's fate unknown: it fails this attempt and goes
/// again later under the same Message-ID, as the outbox always does. If connecting fails, the rest of the batch fails
/// at once with that reason instead of each mail waiting out its own connect timeout.
/// </summary>
internal sealed class SmtpMailBatch : IMailBatch
{
    private readonly MailOptions _options;
    private readonly SmtpServerTrust _trust;
    private readonly ILogger _log;
    private readonly BlockingCollection<QueuedMail> _queue = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SmtpClient? _client;
    private Exception? _connectFailure;

    public SmtpMailBatch(MailOptions options, SmtpServerTrust trust, ILogger log)
    {
        (_options, _trust, _log) = (options, trust, log);
        new Thread(SendQueued) { IsBackground = true, Name = "SMTP batch connection" }.Start();
    }

    public Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var queued = new QueuedMail(MailMessageFactory.Create(mail, _options), mail.MessageId, ct);
        _queue.Add(queued, ct);
        // A caller that stops waiting leaves the mail's fate to the connection's thread, which skips it if it has not
        // started; if it has, the outbox's lease and the Message-ID decide, as for any interrupted send.
        return queued.Done.Task.WaitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.CompleteAdding();
        await _closed.Task;
        _queue.Dispose();
    }

    private void SendQueued()
    {
        try
        {
            foreach (var queued in _queue.GetConsumingEnumerable())
            {
                if (queued.Ct.IsCancellationRequested)
                {
                    queued.Done.TrySetCanceled(queued.Ct);
                    continue;
                }
                try
                {
                    Send(queued);
                    queued.Done.TrySetResult();
                }
                catch (OperationCanceledException) when (queued.Ct.IsCancellationRequested)
                {
                    queued.Done.TrySetCanceled(queued.Ct);
                }
                catch (Exception e)
                {
                    queued.Done.TrySetException(e);
                }
            }
            Quit();
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private void Send(QueuedMail queued)
    {
        try
        {
            var client = Connected(queued.Ct);
            var progress = new DataProgress();
            try
            {
                client.Send(FormatFor(client), queued.Message, queued.Ct, progress);
            }
            catch (Exception e) when (IsConnectionLost(e) && !progress.DataStarted && !queued.Ct.IsCancellationRequested)
            {
                _log.LogInformation("SMTP connection to {Host}:{Port} was closed by the server before mail {OutboxMessageId}; reconnecting",
                    _options.Host, _options.Port, queued.MessageId);
                Drop();
                client = Connected(queued.Ct);
                client.Send(FormatFor(client), queued.Message, queued.Ct);
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
            Drop();
            throw;
        }
    }

    private void Quit()
    {
        if (_client is { IsConnected: true } client)
        {
            // Every mail is already sent and marked: a QUIT that fails or hangs must not hold up the dispatcher.
            using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Min(5, _options.TimeoutSeconds)));
            try { client.Disconnect(quit: true, quit.Token); }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ProtocolException or SmtpCommandException)
            {
                _log.LogDebug(e, "QUIT to {Host}:{Port} failed after the batch", _options.Host, _options.Port);
            }
        }
        _client?.Dispose();
        _client = null;
    }

    private SmtpClient Connected(CancellationToken ct)
    {
        if (_client is { IsConnected: true }) return _client;
        if (_connectFailure is not null)
            throw new IOException($"Not attempted: connecting to {_options.Host}:{_options.Port} failed earlier in this batch.", _connectFailure);
        var client = new SmtpClient { Timeout = _options.TimeoutSeconds * 1000, ServerCertificateValidationCallback = _trust.Callback };
        try
        {
            client.Connect(_options.Host ?? "", _options.Port, SocketSecurity(_options), ct);
            if (!string.IsNullOrEmpty(_options.UserName)) client.Authenticate(_options.UserName, _options.Password ?? "", ct);
        }
        catch (Exception e)
        {
            client.Dispose();
            if (!ct.IsCancellationRequested) _connectFailure = e;
            throw;
        }
        _log.LogDebug("SMTP connection to {Host}:{Port} open ({Security}, SMTPUTF8 {Utf8})",
            _options.Host, _options.Port, SocketSecurity(_options), client.Capabilities.HasFlag(SmtpCapabilities.UTF8));
        _client = client;
        return client;
    }

    private void Drop()
    {
        if (_client is null) return;
        try
        {
            if (_client.IsConnected) _client.Disconnect(quit: false, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException)
        {
            // Already gone: nothing to close.
        }
        _client.Dispose();
        _client = null;
    }

    private sealed record QueuedMail(MimeMessage Message, string MessageId, CancellationToken Ct)
    {
        // Continuations run off the connection's thread, so marking a sent mail never delays the next one's send.
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
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

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Enterprise.Eval.TestKit;

/// <summary>
/// A loopback TCP relay in front of a real server: counts the connections clients open through it, and can cut every
/// open connection at once (as a server restart or an idle timeout would), so a test can see how many connections a
/// client used and what it does when one is dropped under it.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<int, (TcpClient Client, TcpClient Upstream)> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private int _accepted;

    public TcpRelay(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted since the relay started.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Closes every connection open right now, on both sides; new connections are accepted as before.</summary>
    public void DropConnections()
    {
        foreach (var (id, pair) in _open)
        {
            if (!_open.TryRemove(id, out _)) continue;
            pair.Client.Client.LingerState = new LingerOption(true, 0); // reset, like a server that went away
            pair.Client.Dispose();
            pair.Upstream.Dispose();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        DropConnections();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            var id = Interlocked.Increment(ref _accepted);
            var upstream = new TcpClient();
            try { await upstream.ConnectAsync(IPAddress.Loopback, _targetPort); }
            catch (SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }
            _open[id] = (client, upstream);
            _ = PumpAsync(id, client, upstream);
        }
    }

    private async Task PumpAsync(int id, TcpClient client, TcpClient upstream)
    {
        try
        {
            var down = client.GetStream();
            var up = upstream.GetStream();
            await Task.WhenAny(down.CopyToAsync(up), up.CopyToAsync(down));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // One side went away; the pair is closed below.
        }
        finally
        {
            if (_open.TryRemove(id, out _))
            {
                client.Dispose();
                upstream.Dispose();
            }
        }
    }
}

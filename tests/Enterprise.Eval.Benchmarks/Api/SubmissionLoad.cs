using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// C concurrent clients over loopback HTTP/1.1 keep-alive connections, each taking the next body until all are posted.
/// Every request's latency runs from sending to having read the whole response; every response must be 201 Created,
/// or the run fails (a benchmark that answers errors fast must not look fast).
/// </summary>
internal sealed class SubmissionLoad : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _path;

    public SubmissionLoad(Uri baseAddress, string path, string apiKey, int clients)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clients);
        Clients = clients;
        _path = path;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public int Clients { get; }

    /// <summary>Posts every body once; returns each request's elapsed Stopwatch ticks, in body order.</summary>
    public long[] Post(IReadOnlyList<byte[]> bodies)
    {
        var latencies = new long[bodies.Count];
        var next = -1;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        async Task ClientAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Count)
            {
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                var start = Stopwatch.GetTimestamp();
                using var response = await _http.PostAsync(_path, content).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                latencies[i] = Stopwatch.GetTimestamp() - start;
                if (response.StatusCode != HttpStatusCode.Created)
                    failures.Enqueue($"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
            }
        }
        Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(ClientAsync))).GetAwaiter().GetResult();
        if (!failures.IsEmpty)
            throw new InvalidOperationException($"{failures.Count} of {bodies.Count} responses were not 201 Created; first: {failures.First()}");
        return latencies;
    }

    public void Dispose() => _http.Dispose();
}

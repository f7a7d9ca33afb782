namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>
/// Marks a batch's sent mails in as few statements as the database's pace allows: a mail that is sent while the
/// previous mark is still being written joins the next one, so a busy batch writes one UPDATE for several rows
/// instead of one each. No mark waits for later mails: the first sent mail is written at once, and each caller
/// returns only when its own row is marked, so a sent-but-unmarked mail lasts no longer than with one UPDATE per row.
/// One statement at a time: the delegate may use one DbContext for the whole batch.
/// </summary>
internal sealed class SentMarks(Func<IReadOnlyList<long>, Task> markSent)
{
    private readonly Lock _gate = new();
    private List<(long Id, TaskCompletionSource Done)> _waiting = [];
    private bool _writing;

    /// <summary>Completes when the row is marked; fails with the database's error if the mark could not be written.</summary>
    public Task MarkAsync(long id)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool startWriter;
        lock (_gate)
        {
            _waiting.Add((id, done));
            startWriter = !_writing;
            _writing = true;
        }
        if (startWriter) _ = Task.Run(WriteUntilEmptyAsync);
        return done.Task;
    }

    private async Task WriteUntilEmptyAsync()
    {
        while (true)
        {
            List<(long Id, TaskCompletionSource Done)> group;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _writing = false;
                    return;
                }
                group = _waiting;
                _waiting = [];
            }
            try
            {
                await markSent(group.Select(g => g.Id).ToList());
                foreach (var (_, done) in group) done.SetResult();
            }
            catch (Exception e)
            {
                foreach (var (_, done) in group) done.SetException(e);
            }
        }
    }
}

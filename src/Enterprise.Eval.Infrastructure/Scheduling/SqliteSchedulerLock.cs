namespace Enterprise.Eval.Infrastructure.Scheduling;

/// <summary>
/// One scheduler process per SQLite file: Hangfire's SQLite storage runs some jobs twice when two processes share a
/// file, so the second process is refused at start-up. The lock is an exclusively opened file beside the database,
/// released by the operating system when the process ends (also on kill -9). Hosts inside one process (tests) share it.
/// </summary>
internal static class SqliteSchedulerLock
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, FileStream> Held = new(StringComparer.Ordinal);

    public static void Acquire(string lockPath)
    {
        var full = Path.GetFullPath(lockPath);
        lock (Gate)
        {
            if (Held.ContainsKey(full))
                return;
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            try
            {
                Held[full] = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e)
            {
                throw new InvalidOperationException(
                    $"EVAL-SCH-001: 另一个服务进程已在使用同一个 SQLite 数据库的调度（锁文件 {full}）。SQLite 只允许一个服务进程；请先停止另一个进程，或改用 Database:Provider=PostgreSql / SqlServer 运行多个节点。 "
                    + $"Another service process already runs the scheduler on this SQLite database (lock file {full}). Stop it first, or use PostgreSql or SqlServer for several nodes.",
                    e);
            }
        }
    }
}

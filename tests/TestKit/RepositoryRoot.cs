namespace Enterprise.Eval.TestKit;

/// <summary>Finds files of the repository (samples, templates) from a test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Enterprise.Eval.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Enterprise.Eval.sln not found above " + AppContext.BaseDirectory);
    }
}

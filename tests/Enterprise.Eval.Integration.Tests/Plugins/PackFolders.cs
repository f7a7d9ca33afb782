namespace Enterprise.Eval.Integration.Tests.Plugins;

/// <summary>Where the built packs are, and scratch pack folders for tests that need broken ones.</summary>
internal static class PackFolders
{
    /// <summary>
    /// The Worker's build copies the packs to its own output (Plugins.targets); this test project builds the Worker
    /// with the same configuration, so the path is the Worker's project folder plus this assembly's bin/… suffix.
    /// </summary>
    public static string Built
    {
        get
        {
            var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory);
            var root = baseDirectory;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Enterprise.Eval.sln")))
                root = root.Parent;
            if (root is null) throw new InvalidOperationException("Repository root (Enterprise.Eval.sln) not found above " + baseDirectory);
            var testProject = Path.Combine(root.FullName, "tests", "Enterprise.Eval.Integration.Tests");
            var outputSuffix = Path.GetRelativePath(testProject, baseDirectory.FullName);
            var folder = Path.Combine(root.FullName, "src", "Enterprise.Eval.Worker", outputSuffix, "plugins");
            if (!Directory.Exists(folder)) throw new InvalidOperationException("Built packs not found at " + folder);
            return folder;
        }
    }

    /// <summary>A new empty folder under the temp directory, removed by the caller.</summary>
    public static DirectoryInfo CreateScratch() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "eval-plugins-" + Guid.NewGuid().ToString("N")));

    /// <summary>Copies one built pack (e.g. Jiangsu) into a scratch folder.</summary>
    public static void CopyBuiltPack(string region, DirectoryInfo scratch)
    {
        var target = Directory.CreateDirectory(Path.Combine(scratch.FullName, region));
        foreach (var file in Directory.GetFiles(Path.Combine(Built, region)))
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
    }
}

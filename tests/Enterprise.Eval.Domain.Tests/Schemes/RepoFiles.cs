using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>Finds files of the repository by walking up from the test binaries to the folder holding the .sln.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static Scheme LoadScheme(string relative)
    {
        var result = SchemeFileParser.Parse(Read(relative), relative);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Scheme!;
    }

    public static Scheme Jiangsu => LoadScheme("plugins/Jiangsu/templates/jiangsu-grand-technician.yaml");

    public static Scheme Binzhou => LoadScheme("plugins/Shandong/templates/binzhou-grand-technician.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Enterprise.Eval.sln"))) return dir.FullName;
        throw new InvalidOperationException("Enterprise.Eval.sln not found above " + AppContext.BaseDirectory);
    }
}

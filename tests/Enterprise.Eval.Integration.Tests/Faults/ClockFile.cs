using System.Globalization;

namespace Enterprise.Eval.Integration.Tests.Faults;

/// <summary>The file behind Clock:SimulatedNowFile, shared by every worker process of a test; written whole (rename), never half.</summary>
public sealed class ClockFile(string path)
{
    public string Path { get; } = path;

    public void Set(DateTimeOffset instant)
    {
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        File.Move(temporary, Path, overwrite: true);
    }
}

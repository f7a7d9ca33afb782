namespace Enterprise.Eval.Application.Applications;

/// <summary>Where material files live, addressed by their SHA-256. Storing the same content twice keeps the first file.</summary>
public interface IMaterialStore
{
    /// <summary>Stores the bytes unless a file with the same hash exists; returns the lower-case hex SHA-256.</summary>
    Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>Opens a stored file for reading, or null when it is not there.</summary>
    Stream? Open(string sha256);
}

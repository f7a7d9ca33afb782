using System.Security.Cryptography;
using Enterprise.Eval.Application.Applications;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Materials;

/// <summary>
/// Material files on disk under <c>Materials:Folder</c>, one file per SHA-256 (in a two-character subfolder). A file
/// is written to a temporary name and moved into place without overwriting, so a stored file never changes.
/// </summary>
internal sealed class DiskMaterialStore(IOptions<MaterialsOptions> options) : IMaterialStore
{
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var path = PathOf(sha);
        if (File.Exists(path)) return sha;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, ct);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Someone stored the same content meanwhile: same hash, same bytes; keep theirs.
            File.Delete(temporary);
        }
        return sha;
    }

    public Stream? Open(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit)) return null;
        var path = PathOf(sha256.ToLowerInvariant());
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathOf(string sha) => Path.Combine(Path.GetFullPath(options.Value.Folder), sha[..2], sha);
}

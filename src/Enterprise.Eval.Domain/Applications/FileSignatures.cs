namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// The first bytes each accepted file type must start with, so a renamed file is caught: a PNG called photo.jpg is
/// not a JPG. Types without a known signature (txt) are checked by extension only.
/// </summary>
public static class FileSignatures
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Gif = "GIF8"u8.ToArray();
    private static readonly byte[] Bmp = "BM"u8.ToArray();
    private static readonly byte[] TiffLe = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffBe = [0x4D, 0x4D, 0x00, 0x2A];

    private static readonly Dictionary<string, byte[][]> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jpg"] = [Jpeg], ["jpeg"] = [Jpeg], ["png"] = [Png], ["pdf"] = [Pdf], ["gif"] = [Gif], ["bmp"] = [Bmp],
        ["tif"] = [TiffLe, TiffBe], ["tiff"] = [TiffLe, TiffBe],
        ["docx"] = [Zip], ["xlsx"] = [Zip], ["pptx"] = [Zip], ["zip"] = [Zip], ["doc"] = [Ole], ["xls"] = [Ole],
    };

    /// <summary>Lower-case extension without the dot; "" when the name has none.</summary>
    public static string ExtensionOf(string fileName) =>
        Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();

    public static bool IsKnown(string extension) => ByExtension.ContainsKey(extension);

    /// <summary>Whether the content starts as the extension says; true for an extension with no known signature.</summary>
    public static bool Matches(string extension, ReadOnlySpan<byte> content)
    {
        if (!ByExtension.TryGetValue(extension, out var signatures)) return true;
        foreach (var signature in signatures)
        {
            if (content.StartsWith(signature)) return true;
        }
        return false;
    }
}

using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Domain.Applications;

/// <summary>Checks an uploaded file against the scheme's material item: type by extension and by content, and size.</summary>
public static class MaterialCheck
{
    /// <summary>Null when the file may be stored; otherwise the refusal with its code and a Chinese message.</summary>
    public static DomainException? Problem(MaterialItem item, string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (content.Length == 0)
            return new DomainException(ApplicationErrors.FileEmpty, $"“{item.Name}”的文件为空");
        var extension = FileSignatures.ExtensionOf(fileName);
        if (item.FileTypes.Count > 0 && !item.FileTypes.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return new DomainException(ApplicationErrors.FileTypeNotAllowed,
                $"“{item.Name}”只接受 {string.Join("、", item.FileTypes.Select(t => t.ToUpperInvariant()))} 格式，所传文件“{fileName}”不符合");
        if (item.FileTypes.Count == 0 && !FileSignatures.IsKnown(extension))
            return new DomainException(ApplicationErrors.FileTypeNotAllowed, $"不支持的文件格式“{fileName}”，请上传 PDF、JPG、PNG 或 Office 文档");
        if (!FileSignatures.Matches(extension, content))
            return new DomainException(ApplicationErrors.FileContentMismatch,
                $"文件“{fileName}”的内容不是 {extension.ToUpperInvariant()} 格式（可能只改了扩展名），请上传原始文件");
        if (item.MaxSizeKb is { } maxKb && content.Length > maxKb * 1024L)
            return new DomainException(ApplicationErrors.FileTooLarge,
                $"“{item.Name}”不得超过 {maxKb} KB，所传文件为 {Math.Ceiling(content.Length / 1024m)} KB");
        return null;
    }
}

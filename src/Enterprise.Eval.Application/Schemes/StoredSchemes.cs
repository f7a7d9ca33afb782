using System.Collections.Concurrent;
using Enterprise.Eval.Domain.SchemeDocuments;
using Enterprise.Eval.Domain.Schemes;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// The parsed scheme of a stored document. Stored content never changes (an edit is a new upload) and parsing is a
/// pure function of the text, so each distinct text is parsed once per process, keyed by its SHA-256: submissions,
/// screening, review and publicity read the cycle's scheme on every request. The parsed scheme is immutable, so one
/// instance serves every caller.
/// </summary>
public static class StoredSchemes
{
    private static readonly ConcurrentDictionary<string, Scheme?> Parsed = new(StringComparer.Ordinal);

    /// <summary>The document's scheme, or null when its text no longer parses (a stored scheme was valid when stored).</summary>
    public static Scheme? Of(SchemeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.IsNullOrEmpty(document.Sha256) ? Parse(document) : Parsed.GetOrAdd(document.Sha256, _ => Parse(document));
    }

    private static Scheme? Parse(SchemeDocument document)
    {
        var parsed = SchemeFileParser.Parse(document.Content, document.FileName);
        return parsed.IsValid ? parsed.Scheme : null;
    }
}

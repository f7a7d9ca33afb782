using Enterprise.Eval.Application.Honours;
using Enterprise.Eval.Domain.Eligibility.Honours;
using Microsoft.Extensions.Logging;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>
/// Builds the one honour vocabulary of the host from the packs' files. A broken or clashing regional file must not
/// take the national titles with it: the national file alone is used then, and the problem is logged with its code.
/// Without any readable file the vocabulary is empty, and every honour is reported as unknown at import.
/// </summary>
public static class HonourVocabularyLoader
{
    public static HonourVocabulary Load(ExportAdapterCatalog catalog, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var files = catalog.HonourVocabularies.Select(v => ($"{v.PackName}/{v.ResourceName}", v.ReadText())).ToList();
        if (files.Count == 0)
        {
            logger?.LogWarning("EVAL-HONOUR-004 No plug-in pack supplied {Resource}; every honour title will be reported as unknown at import",
                Enterprise.Eval.Plugins.Abstractions.PluginContract.HonourVocabularyResource);
            return HonourVocabulary.Empty;
        }
        var (all, code, error) = HonourVocabularyReader.Read(files);
        if (all is not null) return all;
        logger?.LogWarning("{Code} Honour vocabulary of all packs refused: {Error}; falling back to the first file only", code, error);
        var (first, firstCode, firstError) = HonourVocabularyReader.Read(files.Take(1));
        if (first is not null) return first;
        logger?.LogError("{Code} Honour vocabulary {File} refused: {Error}; every honour title will be reported as unknown", firstCode, files[0].Item1, firstError);
        return HonourVocabulary.Empty;
    }
}

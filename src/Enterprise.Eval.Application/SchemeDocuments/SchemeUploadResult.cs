using Enterprise.Eval.Application.Schemes;
using Enterprise.Eval.Domain.SchemeDocuments;

namespace Enterprise.Eval.Application.SchemeDocuments;

/// <summary>The stored scheme, or every error of the file (line, column, code, message) and nothing stored.</summary>
public sealed record SchemeUploadResult(SchemeDocument? Document, IReadOnlyList<SchemeError> Errors)
{
    public bool Succeeded => Document is not null && Errors.Count == 0;
}

namespace Enterprise.Eval.Application.Schemes;

/// <summary>Normalises a word onto one of the roster's scales (<c>TitleRanks</c>, <c>EducationLevels</c>).</summary>
internal delegate bool TryNormaliseText(string? text, out string value);

namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// One problem in an imported file (or, in a notice list, one value stored differently from how it was written). Row is the data row (1 = the first row under the header; 0 = the file or its
/// header), Column the header name, Code stable for support, Message in Chinese.
/// </summary>
public sealed record ImportError(int Row, string Column, string Code, string Message);

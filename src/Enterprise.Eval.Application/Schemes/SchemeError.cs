namespace Enterprise.Eval.Application.Schemes;

/// <summary>One problem in a scheme file, at a 1-based line and column, with a stable code and a Chinese message.</summary>
public sealed record SchemeError(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>The form `scheme check` prints: 文件:行:列 代码 消息.</summary>
    public override string ToString() => $"{File}:{Line}:{Column} {Code} {Message}";
}

using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;

namespace Enterprise.Eval.Worker.Cli;

/// <summary>
/// The command line's own errors — an unknown option, a missing required one, a value of the wrong type, a missing
/// input file — said in Chinese with a code and the fix, instead of System.CommandLine's English messages and help.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Exit code of a command line that could not be run as written (a verb that ran and failed exits 1).</summary>
    public const int ExitCode = 2;

    public const string UnknownToken = "EVAL-CLI-010";
    public const string MissingRequired = "EVAL-CLI-011";
    public const string BadDate = "EVAL-CLI-012";
    public const string BadId = "EVAL-CLI-013";
    public const string BadNumber = "EVAL-CLI-014";
    public const string BadValue = "EVAL-CLI-015";
    public const string MissingFile = "EVAL-CLI-002";

    // Files a verb writes; every other file a verb names must exist before it runs.
    private static readonly string[] Outputs = ["--out", "--errors-out"];

    /// <summary>Makes every input file of every verb checked while the command line is parsed, before anything runs.</summary>
    public static void RequireInputFiles(Command command)
    {
        foreach (var argument in command.Arguments.Where(a => IsFile(a.ValueType)))
            argument.Validators.Add(r => CheckExists(r, r.Tokens));
        foreach (var option in command.Options.Where(o => IsFile(o.ValueType) && !Outputs.Contains(o.Name)))
            option.Validators.Add(r => CheckExists(r, r.Tokens));
        foreach (var sub in command.Subcommands) RequireInputFiles(sub);
    }

    public static int Write(IAnsiConsole console, ParseResult parse)
    {
        var lines = new List<string>();
        foreach (var token in parse.UnmatchedTokens) lines.Add($"{UnknownToken} 无法识别的选项或参数“{token}”");
        var command = parse.CommandResult.Command;
        foreach (var option in command.Options.Where(o => o.Required && parse.GetResult(o) is not { IdentifierToken: not null }))
            lines.Add($"{MissingRequired} 缺少必需的选项 {option.Name}（{option.Description}）");
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not { Tokens.Count: > 0 }))
            lines.Add($"{MissingRequired} 缺少参数 {argument.Name}（{argument.Description}）");
        foreach (var error in parse.Errors)
        {
            if (error.Message.StartsWith("EVAL-", StringComparison.Ordinal)) lines.Add(error.Message);
            else if (Value(error.SymbolResult) is { } value) lines.Add(value);
        }
        if (lines.Count == 0) lines.AddRange(parse.Errors.Select(e => $"{BadValue} 命令行有误：{e.Message}"));
        foreach (var line in lines.Distinct()) console.Profile.Out.Writer.WriteLine(line);
        console.Profile.Out.Writer.WriteLine($"用法：运行 {EvalCommandLine.CommandName} {Path(parse.CommandResult)} --help 查看全部选项和示例。".Replace("  ", " ", StringComparison.Ordinal));
        return ExitCode;
    }

    private static bool IsFile(Type type) => type == typeof(FileInfo);

    private static void CheckExists(SymbolResult result, IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens.Where(t => !File.Exists(t.Value)))
            result.AddError($"{MissingFile} 找不到文件 {System.IO.Path.GetFullPath(token.Value)}。请检查路径和文件名（相对路径从当前目录 {Environment.CurrentDirectory} 算起）");
    }

    // A value the option's or argument's type cannot take: say which, what was given and how to write it.
    private static string? Value(SymbolResult? result)
    {
        var (name, type) = result switch
        {
            OptionResult o => (o.Option.Name, o.Option.ValueType),
            ArgumentResult { Parent: OptionResult o } => (o.Option.Name, o.Option.ValueType),
            ArgumentResult a => (a.Argument.Name, a.Argument.ValueType),
            _ => (null, null),
        };
        if (name is null) return null;
        if (result!.Tokens.Count == 0)
            return result is OptionResult { IdentifierToken: not null, Option.Arity.MinimumNumberOfValues: > 0 } empty
                ? $"{MissingRequired} 选项 {name} 后缺少取值（{empty.Option.Description}）"
                : null;
        var given = result.Tokens[^1].Value;
        // An optional argument swallows a mistyped option ("--no-such-option" read as the ID): it is the option that is wrong.
        if (given.StartsWith("--", StringComparison.Ordinal)) return $"{UnknownToken} 无法识别的选项或参数“{given}”";
        type = Nullable.GetUnderlyingType(type!) ?? type;
        return type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            ? $"{BadDate} {name} 的值“{given}”不是有效日期，应写作 2026-03-02（年-月-日）"
            : type == typeof(Guid)
                ? $"{BadId} {name} 的值“{given}”不是有效的 ID，应写作如 3f2b8c1e-5d4a-4c2b-9e1f-0a1b2c3d4e5f（见相应的 list 命令）"
                : type == typeof(int) || type == typeof(long)
                    ? $"{BadNumber} {name} 的值“{given}”不是整数，应写作如 5"
                    : $"{BadValue} {name} 的值“{given}”无效，请查看 --help 中该选项的说明";
    }

    private static string Path(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Parent is not null; r = c.Parent) names.Insert(0, c.Command.Name);
        return string.Join(' ', names);
    }
}

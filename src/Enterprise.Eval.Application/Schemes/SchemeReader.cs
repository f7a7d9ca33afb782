using System.Globalization;
using Enterprise.Eval.Domain.Levels;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// Collects errors at YAML node positions and reads typed values from nodes. Readers never stop at the first
/// problem: a bad value is reported and read as null so the rest of the file is still checked.
/// </summary>
internal sealed class SchemeReader(string file)
{
    private readonly List<SchemeError> _errors = [];
    private readonly List<ThresholdReading> _readings = [];

    public IReadOnlyList<SchemeError> Errors => _errors;

    /// <summary>How the vote and pass thresholds were read, in file order, for the scheme check to state.</summary>
    public IReadOnlyList<ThresholdReading> Readings => _readings;

    public void Read(YamlNode node, string field, string written, string subject, Domain.Common.Threshold threshold) =>
        _readings.Add(new ThresholdReading((int)node.Start.Line, field, written, subject, threshold));

    public void Error(YamlNode node, string code, string message) =>
        Error((int)node.Start.Line, (int)node.Start.Column, code, message);

    public void Error(int line, int column, string code, string message) =>
        _errors.Add(new SchemeError(file, line, column, code, message));

    public YamlMap? Map(YamlNode? node, string what)
    {
        if (node is null || IsNull(node)) return null;
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, this);
        Error(node, SchemeErrorCodes.WrongNodeType, $"“{what}”应为键值映射");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode? node, string what)
    {
        if (node is null || IsNull(node)) return [];
        if (node is YamlSequenceNode sequence) return sequence.Children.ToList();
        Error(node, SchemeErrorCodes.WrongNodeType, $"“{what}”应为列表");
        return [];
    }

    public string? Scalar(YamlNode? node, string what)
    {
        if (node is null || IsNull(node)) return null;
        if (node is YamlScalarNode scalar) return scalar.Value?.Trim();
        Error(node, SchemeErrorCodes.WrongNodeType, $"“{what}”应为单个值");
        return null;
    }

    public int? Int(YamlNode? node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Error(node!, SchemeErrorCodes.BadNumber, $"“{what}”应为整数，实际为“{text}”");
        return null;
    }

    public decimal? Decimal(YamlNode? node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (SchemeNumbers.TryParse(text, out var value)) return value;
        Error(node!, SchemeErrorCodes.BadNumber, $"“{what}”应为数字（可写百分数如15%或分数如2/3），实际为“{text}”");
        return null;
    }

    public bool? Bool(YamlNode? node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "是": return true;
            case "false" or "no" or "否": return false;
            default:
                Error(node!, SchemeErrorCodes.BadNumber, $"“{what}”应为 true 或 false，实际为“{text}”");
                return null;
        }
    }

    public DateOnly? Date(YamlNode? node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(node!, SchemeErrorCodes.BadDate, $"“{what}”不是有效日期：“{text}”，应写作 2020-05-31");
        return null;
    }

    /// <summary>China wall-clock date and time: 2019-06-10 09:00.</summary>
    public DateTime? DateTime(YamlNode? node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (System.DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            return value;
        Error(node!, SchemeErrorCodes.BadDate, $"“{what}”不是有效的日期时间：“{text}”，应写作 2019-06-10 09:00（北京时间）");
        return null;
    }

    public SkillLevel? Level(YamlNode? node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (SkillLevels.TryParse(text, out var level) && level != SkillLevel.None) return level;
        Error(node!, SchemeErrorCodes.UnknownLevel, $"“{what}”的技能等级“{text}”无法识别，应为：初级工、中级工、高级工、技师、高级技师、特级技师或首席技师");
        return null;
    }

    /// <summary>Reads a word from a fixed vocabulary, reporting the allowed words when it is not one of them.</summary>
    public T? Word<T>(YamlNode? node, string what, TryParseWord<T> parse, string allowed) where T : struct
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (parse(text, out var value)) return value;
        Error(node!, SchemeErrorCodes.UnknownValue, $"“{what}”的取值“{text}”无法识别，应为：{allowed}");
        return null;
    }

    /// <summary>Reads a word of one of the roster's string scales, returning its normalised name.</summary>
    public string? Normalised(YamlNode? node, string what, TryNormaliseText normalise, IReadOnlyList<string> scale)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (normalise(text, out var value)) return value;
        Error(node!, SchemeErrorCodes.UnknownValue, $"“{what}”的取值“{text}”无法识别，应为：{string.Join("、", scale)}");
        return null;
    }

    public IReadOnlyList<string> StringList(YamlNode? node, string what)
    {
        if (node is YamlScalarNode && Scalar(node, what) is { Length: > 0 } single) return [single];
        return Sequence(node, what).Select(n => Scalar(n, what)).OfType<string>().ToList();
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}

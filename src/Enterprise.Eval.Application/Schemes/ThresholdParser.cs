using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// Reads a threshold as a scheme writes it: a bare number (the field's legal default, usually 以上/满), a phrase
/// ("满5年", "超过50%", "不少于2/3", "30万元以上") or a mapping {value: 5, compare: 以上}.
/// </summary>
internal static partial class ThresholdParser
{
    private static readonly string[] Units = ["个工作日", "工作日", "周岁", "万元", "个月", "年", "岁", "次", "项", "人", "名", "分", "天", "个"];

    public static Threshold? Read(SchemeReader reader, YamlNode? node, string what, Comparison fallback)
    {
        if (node is null || SchemeReader.IsNull(node)) return null;
        if (node is YamlMappingNode)
        {
            var map = reader.Map(node, what)!;
            var valueNode = map["value"];
            var compareNode = map["compare"];
            map.ReportUnknownKeys(what);
            if (valueNode is null || SchemeReader.IsNull(valueNode))
            {
                reader.Error(node, SchemeErrorCodes.ThresholdWithoutNumber, $"“{what}”的门槛缺少数值（value）");
                return null;
            }
            var value = reader.Decimal(valueNode, what);
            var comparison = fallback;
            if (reader.Scalar(compareNode, what) is { } word && !Threshold.TryParseWord(word, out comparison))
            {
                reader.Error(compareNode!, SchemeErrorCodes.UnknownInclusiveness, UnknownWord(what, word));
                return null;
            }
            return value is { } v ? new Threshold(v, comparison) : null;
        }

        var text = reader.Scalar(node, what);
        if (text is null) return null;
        var match = NumberPattern().Match(text);
        if (!match.Success)
        {
            reader.Error(node, SchemeErrorCodes.ThresholdWithoutNumber, $"“{what}”的门槛“{text}”没有数值，应写作如“满5年”或“{{value: 5, compare: 以上}}”");
            return null;
        }
        if (!SchemeNumbers.TryParse(match.Value, out var number))
        {
            reader.Error(node, SchemeErrorCodes.BadNumber, $"“{what}”中的数值“{match.Value}”无法识别");
            return null;
        }
        var prefix = text[..match.Index].Trim();
        var suffix = StripUnit(text[(match.Index + match.Length)..].Trim());
        if (prefix.Length > 0 && suffix.Length > 0)
        {
            reader.Error(node, SchemeErrorCodes.UnknownInclusiveness, $"“{what}”的门槛“{text}”前后都有限定词，只能写一个（如“满5年”或“5年以上”）");
            return null;
        }
        var wordText = prefix.Length > 0 ? prefix : suffix;
        if (wordText.Length == 0) return new Threshold(number, fallback);
        if (Threshold.TryParseWord(wordText, out var parsed)) return new Threshold(number, parsed);
        reader.Error(node, SchemeErrorCodes.UnknownInclusiveness, UnknownWord(what, wordText));
        return null;
    }

    private static string StripUnit(string suffix)
    {
        foreach (var unit in Units)
            if (suffix.StartsWith(unit, StringComparison.Ordinal)) return suffix[unit.Length..].Trim();
        return suffix;
    }

    private static string UnknownWord(string what, string word) =>
        $"“{what}”的限定词“{word}”无法识别，应为：以上、满、不少于、超过、以下、以内、不超过、不满、少于（或 at-least、more-than、at-most、less-than）";

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:/\d+)?%?")]
    private static partial Regex NumberPattern();
}

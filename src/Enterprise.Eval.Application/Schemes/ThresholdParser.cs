using System.Text.RegularExpressions;
using Enterprise.Eval.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// Reads a threshold as a scheme writes it: a bare number (the field's legal default, usually 以上/满), a phrase
/// ("满5年", "超过50%", "不少于2/3", "30万元以上", and the legal 过半数, 半数以上, 三分之二以上) or a mapping
/// {value: 5, compare: 以上}. Given a <c>subject</c> (赞成票 …), the reading is kept for the scheme check to state.
/// </summary>
internal static partial class ThresholdParser
{
    private static readonly string[] Units = ["个工作日", "工作日", "周岁", "万元", "个月", "年", "岁", "次", "项", "人", "名", "分", "天", "个"];
    private const string ChineseDigits = "一二三四五六七八九十";

    public static Threshold? Read(SchemeReader reader, YamlNode? node, string what, Comparison fallback, string? subject = null)
    {
        var threshold = Parse(reader, node, what, fallback);
        if (threshold is { } t && subject is not null)
            reader.Read(node!, what, node is YamlScalarNode scalar ? scalar.Value?.Trim() ?? "" : $"{{value: {t.Value}, compare: {t.ChineseWord}}}", subject, t);
        return threshold;
    }

    private static Threshold? Parse(SchemeReader reader, YamlNode? node, string what, Comparison fallback)
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

        var written = reader.Scalar(node, what);
        if (written is null) return null;
        var text = LegalFractions(written);
        var match = NumberPattern().Match(text);
        if (!match.Success)
        {
            reader.Error(node, SchemeErrorCodes.ThresholdWithoutNumber, $"“{what}”的门槛“{written}”没有数值，应写作如“满5年”“过半数”“三分之二以上”或“{{value: 5, compare: 以上}}”");
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
            reader.Error(node, SchemeErrorCodes.UnknownInclusiveness, $"“{what}”的门槛“{written}”前后都有限定词，只能写一个（如“满5年”或“5年以上”）");
            return null;
        }
        var wordText = prefix.Length > 0 ? prefix : suffix;
        if (wordText.Length == 0) return new Threshold(number, fallback);
        if (Threshold.TryParseWord(wordText, out var parsed)) return new Threshold(number, parsed);
        reader.Error(node, SchemeErrorCodes.UnknownInclusiveness, UnknownWord(what, wordText));
        return null;
    }

    // The fractions of legal prose as numbers: 过半数 and 超过半数 are "more than 1/2" (超过 excludes the number),
    // 半数以上 is "1/2 or more" (以上 includes it), 三分之二 is 2/3. The word then decides as for any other threshold.
    private static string LegalFractions(string text)
    {
        var t = text.Replace("超过半数", "超过1/2", StringComparison.Ordinal).Replace("过半数", "超过1/2", StringComparison.Ordinal)
            .Replace("半数", "1/2", StringComparison.Ordinal);
        return ChineseFraction().Replace(t, m =>
            $"{ChineseDigits.IndexOf(m.Groups[2].Value[0]) + 1}/{ChineseDigits.IndexOf(m.Groups[1].Value[0]) + 1}");
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

    [GeneratedRegex("([一二三四五六七八九十])分之([一二三四五六七八九十])")]
    private static partial Regex ChineseFraction();
}

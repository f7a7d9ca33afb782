using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.People;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 6-digit area, birth date YYYYMMDD, 3-digit sequence (odd = male), check character.
/// Cannot exist in an invalid state; birth date and gender are read from the number, never stored apart from it.
/// </summary>
public readonly record struct ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value) => Value = value;

    public string Value { get; }

    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd");

    public Gender Gender => (Value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;

    /// <summary>The one masking rule for ID numbers shown to people: first 6 and last 4 (110105********002X).</summary>
    public string Masked => PersonalDataMask.IdNumber(Value);

    public static ResidentIdNumber Parse(string? text) =>
        TryParse(text, out var id, out var error) ? id : throw new DomainException(error!.Value.Code, error.Value.Message);

    public static bool TryParse(string? text, out ResidentIdNumber id, out (string Code, string Message)? error)
    {
        id = default;
        var value = (text ?? "").Trim().ToUpperInvariant();
        if (value.Length != 18)
        {
            error = ("EVAL-ID-001", $"身份证号应为18位，实际为{value.Length}位");
            return false;
        }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = ("EVAL-ID-002", $"身份证号第{i + 1}位应为数字");
                return false;
            }
        }
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", out _))
        {
            error = ("EVAL-ID-003", "身份证号中的出生日期（第7–14位）不是有效日期");
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (value[i] - '0') * Weights[i];
        var expected = CheckCharacters[sum % 11];
        if (value[17] != expected)
        {
            error = ("EVAL-ID-004", "身份证号校验位不正确");
            return false;
        }
        id = new ResidentIdNumber(value);
        error = null;
        return true;
    }

    /// <summary>Masked on purpose: an ID must never reach a log line through string interpolation.</summary>
    public override string ToString() => Masked;
}

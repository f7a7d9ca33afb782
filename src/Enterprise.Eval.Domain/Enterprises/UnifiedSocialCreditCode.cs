using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Enterprises;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet, the last one a check character.</summary>
public readonly record struct UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public static UnifiedSocialCreditCode Parse(string? text)
    {
        var value = (text ?? "").Trim().ToUpperInvariant();
        if (value.Length != 18)
            throw new DomainException("EVAL-ENT-001", $"统一社会信用代码应为18位，实际为{value.Length}位");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(value[i]);
            if (v < 0)
                throw new DomainException("EVAL-ENT-002", $"统一社会信用代码第{i + 1}位“{value[i]}”不是允许的字符（不含 I、O、Z、S、V）");
            sum += v * Weights[i];
        }
        // A last character outside the alphabet can never be right, whatever the sum: say so rather than "wrong check".
        if (Alphabet.IndexOf(value[17]) < 0)
            throw new DomainException("EVAL-ENT-002", $"统一社会信用代码第18位“{value[17]}”不是允许的字符（GB 32100 不使用 I、O、S、V、Z），请核对营业执照");
        var expected = Alphabet[(31 - sum % 31) % 31];
        if (value[17] != expected)
            throw new DomainException("EVAL-ENT-003", "统一社会信用代码校验位不正确");
        return new UnifiedSocialCreditCode(value);
    }

    public override string ToString() => Value;
}

namespace Enterprise.Eval.Domain.People;

/// <summary>
/// The single masking rule for personal data shown to staff (domain.md §7): ID numbers keep the first 6 and last 4
/// characters, mobile numbers the first 3 and last 4; a name shown on a page reached by a link (which may be
/// forwarded) keeps its first character, and its last when it has three or more. Everything that displays or logs
/// such data goes through here.
/// </summary>
public static class PersonalDataMask
{
    public static string IdNumber(string? value) => Mask(value, 6, 4);

    public static string Mobile(string? value) => Mask(value, 3, 4);

    /// <summary>张三 → 张*, 王小明 → 王*明, 欧阳建国 → 欧**国; a one-character name is shown as it is.</summary>
    public static string Name(string? value)
    {
        var name = value?.Trim() ?? "";
        return name.Length switch
        {
            0 or 1 => name,
            2 => string.Concat(name.AsSpan(0, 1), "*"),
            _ => Mask(name, 1, 1),
        };
    }

    private static string Mask(string? value, int keepStart, int keepEnd)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.Length <= keepStart + keepEnd) return new string('*', value.Length);
        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }
}

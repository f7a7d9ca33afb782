namespace Enterprise.Eval.Application.Roster;

/// <summary>A 是/否 cell of a file HR imports, read with the same words in every file (facts, applications).</summary>
internal static class YesNoCell
{
    /// <summary>
    /// False when the text is not a yes/no word. An empty cell is valid and means "not stated" (null), so screening
    /// lists the fact as missing, as for an API submission without it.
    /// </summary>
    public static bool TryRead(string? text, out bool? value)
    {
        value = text switch
        {
            "是" or "Y" or "y" or "true" => true,
            "否" or "N" or "n" or "false" => false,
            _ => null,
        };
        return string.IsNullOrEmpty(text) || value is not null;
    }
}

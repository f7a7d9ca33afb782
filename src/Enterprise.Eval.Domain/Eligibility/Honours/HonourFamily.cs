namespace Enterprise.Eval.Domain.Eligibility.Honours;

/// <summary>
/// A family of honour titles that a scheme names as one thing (技术能手, 劳动模范, 工匠 …) with the titles the vocabulary
/// knows for it. <see cref="PlacePrefixed"/>: the family's bare name with a place in front (江苏省技术能手, 温州市技术能手,
/// 鹿城区技术能手) is a title of the family too, at the level the record's 级别 gives.
/// </summary>
public sealed record HonourFamily(string Name, bool PlacePrefixed, IReadOnlyList<HonourTitleEntry> Titles);

using Enterprise.Eval.Domain.Eligibility.Facts;

namespace Enterprise.Eval.Domain.Eligibility.Honours;

/// <summary>
/// One honour title of the vocabulary: its canonical spelling, the family it belongs to (全国技术能手 is a 技术能手) and
/// the level the title itself fixes (全国… is national). <see cref="Level"/> is null for a bare or place-prefixed title
/// (技术能手, 温州市技术能手): its level comes from the record's 级别, because a place name alone does not say whether
/// a 市 is a prefecture, a county-level city or a municipality.
/// </summary>
public sealed record HonourTitle(string Title, string Family, AchievementLevel? Level);

namespace Enterprise.Eval.Domain.Levels;

/// <summary>
/// The skill ladder (新八级工). The numeric values order the ladder from lowest to highest so that
/// "at least 高级技师" is a plain comparison; certificate level codes are a separate mapping (<see cref="SkillLevels"/>).
/// </summary>
public enum SkillLevel
{
    None = 0,
    Apprentice = 1,
    Primary = 2,        // 初级工 (五级), code 5
    Intermediate = 3,   // 中级工 (四级), code 4
    Senior = 4,         // 高级工 (三级), code 3
    Technician = 5,     // 技师 (二级), code 2
    SeniorTechnician = 6, // 高级技师 (一级), code 1
    GrandTechnician = 7,  // 特级技师, code T
    ChiefTechnician = 8,  // 首席技师, an enterprise post; no national code
}

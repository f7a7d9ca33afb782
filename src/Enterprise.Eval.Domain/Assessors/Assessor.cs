using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Assessors;

/// <summary>
/// The body that assesses an enterprise's 工作方案 before it is used: the 省职业技能鉴定中心 for 江苏 (seed 004 二(三)
/// 方案报审：省职业技能鉴定中心将组织专家对方案进行评估), or a 备案 authority (seed 003 四). It acts with its own API key,
/// never an enterprise's, and sees only the schemes submitted to it by the enterprises assigned to it.
/// </summary>
public sealed class Assessor
{
    public const int MaxNameLength = 200;

    private Assessor() { }

    public Guid Id { get; private set; }

    /// <summary>The body's name as the seed writes it, e.g. 江苏省职业技能鉴定中心; unique in the registry.</summary>
    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static Assessor Create(string? name, DateTimeOffset now)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxNameLength)
            throw new DomainException(AssessorErrors.NameCode, $"方案评估机构名称不能为空，且不超过 {MaxNameLength} 个字（如：江苏省职业技能鉴定中心）");
        return new Assessor { Id = Guid.NewGuid(), Name = trimmed, CreatedAt = now };
    }
}

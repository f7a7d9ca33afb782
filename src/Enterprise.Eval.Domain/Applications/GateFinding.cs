namespace Enterprise.Eval.Domain.Applications;

/// <summary>
/// What the closing screening found still open for one application: attested items HR has not settled (each as
/// “name（item code）”, the code HR settles it by), required materials not handed in (or returned and not replaced)
/// that HR has not settled either, and required materials HR refused. Nothing open and nothing refused: the gate is
/// passed.
/// </summary>
public sealed record GateFinding(
    IReadOnlyList<string> PendingAttestations, IReadOnlyList<MaterialGap> MissingMaterials, IReadOnlyList<MaterialGap> RefusedMaterials)
{
    public static readonly GateFinding None = new([], [], []);

    public bool IsOpen => PendingAttestations.Count > 0 || MissingMaterials.Count > 0;

    /// <summary>HR said a required material was not handed in: the applicant cannot go forward.</summary>
    public bool IsRefused => RefusedMaterials.Count > 0;

    /// <summary>One line per open item, in Chinese, for HR and the applicant.</summary>
    public IReadOnlyList<string> Reasons =>
    [
        .. PendingAttestations.Select(a => $"待人事部门确认：{a}"),
        .. MissingMaterials.Select(m => $"缺少必备材料：{m.Name}（material:{m.Code}）"),
    ];

    public string Text => string.Join("；", Reasons);

    public string RefusalText => string.Join("；", RefusedMaterials.Select(m => $"必备材料未提交：{m.Name}"));
}

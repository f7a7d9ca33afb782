namespace Enterprise.Eval.Domain.Review.Outputs;

/// <summary>
/// The 评审组意见 box of the 温州 application form: the opinion, the 表决结果 (评审组人数, 同意人数, 反对人数,
/// 弃权人数, 表决结论), the panel's members, the leader who signs, and the date written the Chinese way.
/// </summary>
public sealed record PanelOpinionBox(
    string Candidate,
    string Opinion,
    IReadOnlyList<string> PanelMembers,
    int Members,
    int For,
    int Against,
    int Abstain,
    string Conclusion,
    string Leader,
    DateOnly Date)
{
    public string DateText => Common.ChinaTime.FormatDate(Date);
}

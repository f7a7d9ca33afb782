namespace Enterprise.Eval.Domain.Applications;

/// <summary>The Chinese names HR and applicants read.</summary>
public static class ApplicationStatusNames
{
    public static string Name(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "草稿",
        ApplicationStatus.Submitted => "已提交",
        ApplicationStatus.Screened => "资格审查通过",
        ApplicationStatus.UnderReview => "评审中",
        ApplicationStatus.Recommended => "已推荐",
        ApplicationStatus.InPublicity => "公示中",
        ApplicationStatus.Confirmed => "已确认",
        ApplicationStatus.Certified => "已发证",
        ApplicationStatus.Withdrawn => "已撤回",
        ApplicationStatus.Ineligible => "资格审查未通过",
        ApplicationStatus.Disqualified => "已取消资格",
        ApplicationStatus.Held => "待人事确认",
        ApplicationStatus.AuthorityDeclined => "认定部门未予确认",
        _ => status.ToString(),
    };
}

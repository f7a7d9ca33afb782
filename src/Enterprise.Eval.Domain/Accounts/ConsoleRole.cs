namespace Enterprise.Eval.Domain.Accounts;

/// <summary>What a person signed in to the web console may do for their enterprise.</summary>
public enum ConsoleRole
{
    /// <summary>人事专员: runs the cycles, reviews applications, invites the other accounts.</summary>
    HrOfficer,
    /// <summary>评审委员: scores the applications of a review session.</summary>
    CommitteeMember,
    /// <summary>上报人员: runs the exports to the province and records its answers.</summary>
    ReportingStaff,
}

public static class ConsoleRoleText
{
    public static string Name(this ConsoleRole role) => role switch
    {
        ConsoleRole.HrOfficer => "人事专员",
        ConsoleRole.CommitteeMember => "评审委员",
        ConsoleRole.ReportingStaff => "上报人员",
        _ => role.ToString(),
    };
}

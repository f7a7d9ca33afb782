namespace Enterprise.Eval.Domain.Eligibility.Routes;

public enum RouteKind
{
    Standard,
    /// <summary>破格: a base route's requirements minus the waived ones, plus the condition that earns the waiver.</summary>
    Relaxation,
    /// <summary>直接确认 (福建 (六)): meeting it confirms the level without review.</summary>
    DirectConfirmation,
}

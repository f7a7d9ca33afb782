namespace Enterprise.Eval.Worker.Pages;

/// <summary>Endpoint metadata: a public HTML page (no key; the token in its address is the access), described by <c>PublicPagesOpenApi</c>.</summary>
public sealed class PublicPage
{
    public const string Tag = "公开页面";

    public static readonly PublicPage Publicity = new(PageKind.Publicity);
    public static readonly PublicPage ObjectionForm = new(PageKind.ObjectionForm);
    public static readonly PublicPage Status = new(PageKind.Status);

    private PublicPage(PageKind kind) => Kind = kind;

    public PageKind Kind { get; }

    public enum PageKind { Publicity, ObjectionForm, Status }
}

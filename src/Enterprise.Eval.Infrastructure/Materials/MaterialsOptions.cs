namespace Enterprise.Eval.Infrastructure.Materials;

/// <summary>Section <c>Materials</c>: where uploaded application materials are kept.</summary>
public sealed class MaterialsOptions
{
    public const string Section = "Materials";

    /// <summary>Folder for the files, relative to the working directory unless rooted. Default data/materials.</summary>
    public string Folder { get; set; } = "data/materials";
}

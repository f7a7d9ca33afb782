using Enterprise.Eval.Application.Schemes;

namespace Enterprise.Eval.Domain.Tests.Schemes;

/// <summary>The materials section's freeze keys (docs/scheme-format.md, materials).</summary>
public sealed class MaterialFreezeParsingSpecs
{
    [Fact]
    public void FreezeAfterItem_NamingNoItem_IsRefusedWithTheItemsCode()
    {
        var result = MinimalScheme.With("""
            materials:
              frozenAfterReview: true
              freezeAfterItem: portrait
              items:
                - {code: photo, name: 照片, required: true}
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(SchemeErrorCodes.UnknownValue, error.Code);
        Assert.Contains("portrait", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FreezeAfterItem_WithoutFrozenAfterReview_IsInconsistent()
    {
        var result = MinimalScheme.With("""
            materials:
              freezeAfterItem: photo
              items:
                - {code: photo, name: 照片, required: true}
            """);

        Assert.Equal(SchemeErrorCodes.Inconsistent, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void NantongTemplate_FreezesOnThePhotoOnly()
    {
        var materials = RepoFiles.LoadScheme("plugins/Jiangsu/templates/nantong-senior-technician.yaml").Materials;

        Assert.True(materials.FreezesOnAccepting("photo"));
        Assert.False(materials.FreezesOnAccepting("diploma"));
    }
}

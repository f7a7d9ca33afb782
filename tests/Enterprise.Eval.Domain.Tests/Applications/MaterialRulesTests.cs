using Enterprise.Eval.Domain.Applications;
using Enterprise.Eval.Domain.Common;
using Enterprise.Eval.Domain.Schemes;
using Enterprise.Eval.Domain.Tests.Schemes;
using static Enterprise.Eval.Domain.Tests.Applications.ApplicationFixture;

namespace Enterprise.Eval.Domain.Tests.Applications;

/// <summary>Materials under the shipped 南通 template (plugins/Jiangsu/templates/nantong-senior-technician.yaml).</summary>
public sealed class MaterialRulesTests
{
    private static readonly Scheme Nantong = RepoFiles.LoadScheme("plugins/Jiangsu/templates/nantong-senior-technician.yaml");
    private static MaterialItem Photo => Nantong.Materials.Items.Single(i => i.Code == "photo");

    public static byte[] Jpeg(int bytes)
    {
        var content = new byte[bytes];
        content[0] = 0xFF;
        content[1] = 0xD8;
        content[2] = 0xFF;
        return content;
    }

    [Fact]
    public void Photo_Of21Kb_IsRefused_UnderTheNantongTemplate()
    {
        var problem = MaterialCheck.Problem(Photo, "photo.jpg", Jpeg(21 * 1024));

        Assert.Equal(ApplicationErrors.FileTooLarge, problem?.Code);
        Assert.Contains("20 KB", problem!.Message);
    }

    [Fact]
    public void Photo_Of20Kb_IsAccepted_UnderTheNantongTemplate()
    {
        Assert.Null(MaterialCheck.Problem(Photo, "photo.jpg", Jpeg(20 * 1024)));
    }

    [Fact]
    public void Photo_IsRefused_WhenAPngIsRenamedToJpg()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

        Assert.Equal(ApplicationErrors.FileContentMismatch, MaterialCheck.Problem(Photo, "photo.jpg", png)?.Code);
    }

    [Fact]
    public void Photo_IsRefused_WhenItIsNotAJpg()
    {
        Assert.Equal(ApplicationErrors.FileTypeNotAllowed, MaterialCheck.Problem(Photo, "photo.pdf", "%PDF-1.7"u8)?.Code);
    }

    [Fact]
    public void AcceptedPhoto_FreezesTheApplication_UnderTheNantongFreezeRule()
    {
        var application = Submitted();
        var file = application.AddMaterial(Photo, "photo.jpg", new string('a', 64), 20480, Nantong.Materials, Window, During);

        application.ReviewMaterial(file.Id, accepted: true, reason: null, Nantong.Materials, During.AddHours(3), "hr");

        Assert.Equal(During.AddHours(24), file.ReviewDueAt);
        Assert.True(application.IsFrozen);
        var error = Assert.Throws<DomainException>(() => application.Update(Form("数控铣削"), [], Window, During.AddHours(4)));
        Assert.Equal(ApplicationErrors.Frozen, error.Code);
    }

    [Fact]
    public void ReturnedItem_CanBeReplaced_AsANewVersion_WhileTheWindowIsOpen()
    {
        var application = Submitted();
        var first = application.AddMaterial(Photo, "photo.jpg", new string('a', 64), 30000, Nantong.Materials, Window, During);
        application.ReviewMaterial(first.Id, accepted: false, reason: "照片不清晰", Nantong.Materials, During.AddHours(1), "hr");

        var second = application.AddMaterial(Photo, "photo2.jpg", new string('b', 64), 20000, Nantong.Materials, Window, During.AddHours(2));

        Assert.Equal(2, second.Version);
        Assert.Equal(MaterialReviewStatus.Returned, first.Review);
        Assert.Equal("照片不清晰", first.ReturnReason);
        Assert.Same(second, Assert.Single(application.CurrentMaterials()));
        Assert.False(application.IsFrozen);
    }

    [Fact]
    public void ReturnedItem_CannotBeReplaced_AfterTheClose()
    {
        var application = Submitted();
        var first = application.AddMaterial(Photo, "photo.jpg", new string('a', 64), 30000, Nantong.Materials, Window, During);
        application.ReviewMaterial(first.Id, accepted: false, reason: "照片不清晰", Nantong.Materials, During, "hr");

        var error = Assert.Throws<DomainException>(() =>
            application.AddMaterial(Photo, "photo2.jpg", new string('b', 64), 20000, Nantong.Materials, Window, Closes));

        Assert.Equal(ApplicationErrors.WindowClosed, error.Code);
    }

    [Fact]
    public void Return_NeedsAReason()
    {
        var application = Submitted();
        var file = application.AddMaterial(Photo, "photo.jpg", new string('a', 64), 100, Nantong.Materials, Window, During);

        var error = Assert.Throws<DomainException>(() => application.ReviewMaterial(file.Id, false, " ", Nantong.Materials, During, "hr"));

        Assert.Equal(ApplicationErrors.ReasonRequired, error.Code);
    }

    [Fact]
    public void AfterThePhotoIsAccepted_EveryOtherItemCanStillBeUploadedAndReviewed_WhileTheFormStaysFrozen()
    {
        // Seed 002 二(一)6: the photo check freezes the 报名信息; the materials are sent afterwards.
        var application = Submitted();
        var photo = application.AddMaterial(Photo, "photo.jpg", new string('a', 64), 20480, Nantong.Materials, Window, During);
        application.ReviewMaterial(photo.Id, accepted: true, reason: null, Nantong.Materials, During.AddHours(3), "hr");

        var others = Nantong.Materials.Items.Where(i => i.Code != "photo" && i.Occupations.Count == 0).ToList();
        var at = During.AddHours(4);
        foreach (var item in others)
        {
            var file = application.AddMaterial(item, item.Code + ".pdf", new string('b', 64), 1000, Nantong.Materials, Window, at);
            application.ReviewMaterial(file.Id, accepted: true, reason: null, Nantong.Materials, at.AddHours(1), "hr");
        }

        Assert.Equal(others.Count + 1, application.CurrentMaterials().Count);
        Assert.All(application.CurrentMaterials(), m => Assert.Equal(MaterialReviewStatus.Accepted, m.Review));
        Assert.True(application.IsFrozen);
        Assert.Equal(ApplicationErrors.Frozen,
            Assert.Throws<DomainException>(() => application.Update(Form("数控铣削"), [], Window, at.AddHours(2))).Code);
    }

    [Fact]
    public void AcceptingAnItemOtherThanThePhoto_DoesNotFreezeTheForm_UnderTheNantongTemplate()
    {
        var application = Submitted();
        var diploma = Nantong.Materials.Items.Single(i => i.Code == "diploma");
        var file = application.AddMaterial(diploma, "diploma.pdf", new string('a', 64), 1000, Nantong.Materials, Window, During);

        application.ReviewMaterial(file.Id, accepted: true, reason: null, Nantong.Materials, During.AddHours(1), "hr");

        Assert.False(application.IsFrozen);
        application.Update(Form("数控铣削"), [], Window, During.AddHours(2));
    }
}

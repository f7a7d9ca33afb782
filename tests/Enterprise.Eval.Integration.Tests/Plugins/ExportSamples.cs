using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

internal static class ExportSamples
{
    public static readonly string[] AdapterNames = ["national", "jiangsu-publicity", "shandong-upload", "wenzhou-summary", "fujian-by-work-type"];

    public static ExportRow Row(string name = "张三", string idNumber = "11010519491231002X") => new()
    {
        CertificateNumber = "Y000032123456" + "26T" + "000001",
        Name = name,
        IdType = "居民身份证",
        IdNumber = idNumber,
        Gender = "女",
        BirthDate = new DateOnly(1949, 12, 31),
        Education = "大专",
        OccupationCode = "6-18-01-01",
        OccupationName = "车工",
        WorkType = "数控车工",
        LevelName = "特级技师",
        LevelCode = "T",
        IssueDate = new DateOnly(2026, 6, 30),
        EvaluatorName = "江苏某机械有限公司",
        EvaluatorCode = "0000",
        EnterpriseName = "江苏某机械有限公司",
        Department = "一车间",
        StageScores = new Dictionary<string, decimal?> { ["业绩评审"] = 88.5m, ["口头答辩"] = 90m },
        Extra = new Dictionary<string, string?>
        {
            ["phone"] = "13812341234",
            ["current-occupation"] = "数控车床操作",
            ["working-years"] = "32",
            ["relaxation-reason"] = "掌握独有技艺",
        },
    };

    public static ExportOptions Options(ExportFormat? format = null) =>
        new() { Format = format, StageNames = ["业绩评审", "口头答辩"] };

    public static byte[] Export(IExportAdapter adapter, IEnumerable<ExportRow> rows, ExportOptions options)
    {
        using var stream = new MemoryStream();
        adapter.Write(rows, stream, options);
        return stream.ToArray();
    }

    public static string Gb18030(byte[] bytes) =>
        System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(bytes);
}

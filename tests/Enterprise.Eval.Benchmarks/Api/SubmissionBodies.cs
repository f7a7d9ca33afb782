using System.Text.Json;

namespace Enterprise.Eval.Benchmarks.Api;

/// <summary>
/// The JSON bodies HR's platform posts to /api/cycles/{id}/applications, one per employee, serialized before timing
/// (camelCase, as the API's web defaults read them). Both the product and the bare baseline receive these same bytes.
/// </summary>
internal static class SubmissionBodies
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static byte[][] For(IEnumerable<string> employeeNumbers, IReadOnlyDictionary<string, string> departments) =>
        employeeNumbers.Select(number => JsonSerializer.SerializeToUtf8Bytes(new
        {
            employeeNumber = number,
            education = "大专",
            degree = (string?)null,
            title = "工程师",
            currentLevel = "高级技师",
            unit = "基准测试机械有限公司",
            department = departments[number],
            expertise = "数控车削与精密零件加工",
            educationHistory = "2005年至2008年 常州机电职业技术学院 数控技术专业（大专）",
            workHistory = "2008年至今 基准测试机械有限公司 机加工车间 数控车工、班组长",
            achievements = "主持高精度主轴加工工艺改进，废品率由3%降至0.5%；带徒12人，其中5人取得技师证书。",
            awards = "2024年 市级技术能手",
            pledged = true,
            records = new object[] { new { kind = "荣誉", year = 2024, level = "市级", title = "技术能手" } },
            stillInOccupation = true,
        }, Web)).ToArray();
}

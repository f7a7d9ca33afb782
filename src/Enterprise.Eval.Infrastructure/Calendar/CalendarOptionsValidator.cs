using Enterprise.Eval.Domain.Common;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Calendar;

/// <summary>Checks at start-up that every extra calendar file exists and reads, naming the key, the value and the fix.</summary>
public sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ExtraFiles.Count; i++)
        {
            var key = $"{CalendarOptions.SectionName}:{nameof(CalendarOptions.ExtraFiles)}:{i}";
            var value = options.ExtraFiles[i];
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"EVAL-CAL-004 配置项 {key} 为空。请填写节假日 JSON 文件的路径，或删除该项。");
                continue;
            }

            var fullPath = Path.GetFullPath(value);
            if (!File.Exists(fullPath))
            {
                failures.Add($"EVAL-CAL-004 配置项 {key} 的值“{value}”指向的文件不存在（解析为 {fullPath}）。" +
                             "请检查路径（相对路径以工作目录为准），或删除该项。");
                continue;
            }

            try
            {
                HolidayFileReader.ReadFile(fullPath);
            }
            catch (DomainException ex)
            {
                failures.Add($"{ex.Code} 配置项 {key}：{ex.Message}");
            }
            catch (IOException ex)
            {
                failures.Add($"EVAL-CAL-004 配置项 {key} 的文件“{value}”无法打开（{ex.Message}）。请检查文件权限。");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

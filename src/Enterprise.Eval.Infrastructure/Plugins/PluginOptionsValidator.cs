using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>Start-up check of <see cref="PluginOptions"/>. A folder that does not exist is not an error here: it only means no packs.</summary>
public sealed class PluginOptionsValidator : IValidateOptions<PluginOptions>
{
    public ValidateOptionsResult Validate(string? name, PluginOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
            return ValidateOptionsResult.Fail(
                "EVAL-PLUGIN-010 配置项 Plugins:Folder 为空：请填写插件目录，默认为 plugins（相对于程序所在目录）");
        if (options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            return ValidateOptionsResult.Fail(
                $"EVAL-PLUGIN-011 配置项 Plugins:Folder 的值“{options.Folder}”含有路径中不允许的字符：请改为有效的目录路径");
        return ValidateOptionsResult.Success;
    }
}

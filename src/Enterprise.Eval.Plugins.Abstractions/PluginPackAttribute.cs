namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// Marks an assembly as a regional pack and records the contract version it was compiled against.
/// Write it as <c>[assembly: PluginPack(PluginContract.Version, "江苏省")]</c> so the constant is baked in at compile time.
/// </summary>
/// <param name="contractVersion">The <see cref="PluginContract.Version"/> the pack was built against.</param>
/// <param name="displayName">The pack's name in Chinese, e.g. 江苏省 or 全国通用.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PluginPackAttribute(int contractVersion, string displayName) : Attribute
{
    /// <summary>The contract version the pack was compiled against.</summary>
    public int ContractVersion { get; } = contractVersion;

    /// <summary>The pack's name in Chinese.</summary>
    public string DisplayName { get; } = displayName;
}

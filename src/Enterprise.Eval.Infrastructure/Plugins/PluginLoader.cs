using System.Reflection;
using System.Text.RegularExpressions;
using Enterprise.Eval.Plugins.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enterprise.Eval.Infrastructure.Plugins;

/// <summary>
/// Loads every pack under a folder (one sub-folder per pack, each into its own load context). Whatever goes wrong
/// with one pack, assembly or adapter is recorded as a <see cref="PluginLoadFailure"/> and the rest still load:
/// a broken regional pack must never stop the host.
/// </summary>
public sealed partial class PluginLoader(ILogger<PluginLoader>? logger = null)
{
    /// <summary>The pack folder whose honour vocabulary is read first (its titles win a clash).</summary>
    public const string NationalPackName = "National";

    private static readonly string ContractFileName = typeof(IExportAdapter).Assembly.GetName().Name + ".dll";
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public ExportAdapterCatalog Load(string folder)
    {
        var state = new LoadState();
        if (!Directory.Exists(folder))
        {
            state.Fail(folder, "EVAL-PLUGIN-001", $"插件目录“{folder}”不存在，未加载任何地区插件包；请检查配置项 Plugins:Folder");
        }
        else
        {
            string[] directories = [];
            try
            {
                directories = Directory.GetDirectories(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                state.Fail(folder, "EVAL-PLUGIN-014", $"无法读取插件目录（{ex.Message}）；请检查目录权限");
            }
            foreach (var directory in directories.Order(StringComparer.Ordinal))
            {
                try
                {
                    LoadPack(directory, state);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    state.Fail(Path.GetFileName(directory), "EVAL-PLUGIN-014", $"无法读取插件包目录（{ex.Message}）；请检查目录权限，已跳过");
                }
            }
        }

        foreach (var failure in state.Failures)
            _logger.LogWarning("Plug-in skipped: {Code} {Source}: {Reason}", failure.Code, failure.Source, failure.Reason);
        _logger.LogInformation("Loaded {PackCount} plug-in packs with {AdapterCount} export adapters and {TemplateCount} scheme templates from {Folder}",
            state.Packs.Count, state.Adapters.Count, state.Templates.Count, folder);
        return new ExportAdapterCatalog(folder, state.Packs, state.Adapters, state.Templates, state.Failures,
            [.. state.Vocabularies.OrderBy(v => v.PackName == NationalPackName ? 0 : 1)]);
    }

    private static void LoadPack(string directory, LoadState state)
    {
        var packName = Path.GetFileName(directory);
        var assemblies = Directory.GetFiles(directory, "*.dll")
            .Where(f => !string.Equals(Path.GetFileName(f), ContractFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        // A pack's own assembly has a .deps.json beside it; other .dll files are its dependencies.
        var entries = assemblies.Where(f => File.Exists(Path.ChangeExtension(f, ".deps.json"))).ToArray();
        if (entries.Length == 0) entries = assemblies;
        if (entries.Length == 0)
        {
            state.Fail(packName, "EVAL-PLUGIN-002", "插件包目录中没有程序集（.dll）");
            return;
        }

        PluginLoadContext? context = null;
        foreach (var entry in entries)
        {
            var source = $"{packName}/{Path.GetFileName(entry)}";
            try
            {
                context ??= new PluginLoadContext(packName, entry);
                var assembly = context.LoadFromAssemblyPath(entry);
                LoadAssembly(packName, source, entry, assembly, state);
            }
            catch (BadImageFormatException)
            {
                state.Fail(source, "EVAL-PLUGIN-003", "不是有效的 .NET 程序集（文件损坏或并非插件），已跳过");
            }
            catch (Exception ex)
            {
                state.Fail(source, "EVAL-PLUGIN-004", $"无法加载程序集（{ex.GetType().Name}: {ex.Message}），已跳过");
            }
        }
    }

    private static void LoadAssembly(string packName, string source, string path, Assembly assembly, LoadState state)
    {
        var pack = assembly.GetCustomAttribute<PluginPackAttribute>();
        if (pack is null)
        {
            state.Fail(source, "EVAL-PLUGIN-005", "程序集未标记 [assembly: PluginPack(...)]，不是地区插件包，已跳过");
            return;
        }
        if (pack.ContractVersion != PluginContract.Version)
        {
            state.Fail(source, "EVAL-PLUGIN-006",
                $"插件包按契约版本{pack.ContractVersion}编译，本程序的契约版本为{PluginContract.Version}；请换用与本程序匹配的插件包，已跳过");
            return;
        }

        state.Packs.Add(new PluginPackInfo(packName, pack.DisplayName, path));
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (resource.StartsWith(PluginContract.TemplateResourcePrefix, StringComparison.Ordinal) &&
                resource.EndsWith(PluginContract.TemplateExtension, StringComparison.OrdinalIgnoreCase))
                state.Templates.Add(new SchemeTemplateResource(packName, assembly, resource));
            else if (resource == PluginContract.HonourVocabularyResource)
                state.Vocabularies.Add(new HonourVocabularyResource(packName, assembly, resource));
        }
        foreach (var type in AdapterTypes(source, assembly, state))
            CreateAdapter(packName, type, state);
    }

    private static IEnumerable<Type> AdapterTypes(string source, Assembly assembly, LoadState state)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            var first = ex.LoaderExceptions.FirstOrDefault(e => e is not null);
            state.Fail(source, "EVAL-PLUGIN-007", $"部分类型无法加载（{first?.Message ?? ex.Message}），这些类型已跳过");
            types = ex.Types;
        }
        return types
            .OfType<Type>()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IExportAdapter).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    private static void CreateAdapter(string packName, Type type, LoadState state)
    {
        var source = $"{packName}/{type.FullName}";
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            state.Fail(source, "EVAL-PLUGIN-008", "导出适配器没有公开的无参构造函数，已跳过");
            return;
        }

        IExportAdapter adapter;
        string name;
        try
        {
            adapter = (IExportAdapter)Activator.CreateInstance(type)!;
            name = adapter.Name;
            _ = adapter.DisplayName;
        }
        catch (Exception ex)
        {
            var inner = ex is TargetInvocationException { InnerException: { } e } ? e : ex;
            state.Fail(source, "EVAL-PLUGIN-009", $"导出适配器创建失败（{inner.GetType().Name}: {inner.Message}），已跳过");
            return;
        }

        if (name is null || !AdapterName().IsMatch(name))
        {
            state.Fail(source, "EVAL-PLUGIN-012", $"导出适配器名称“{name}”不合规：应为小写字母、数字和连字符，如 jiangsu-publicity，已跳过");
            return;
        }
        var clash = state.Adapters.Find(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (clash is not null)
        {
            state.Fail(source, "EVAL-PLUGIN-013", $"导出适配器名称“{name}”与插件包 {clash.PackName} 中的适配器重复，已跳过");
            return;
        }
        state.Adapters.Add(new LoadedExportAdapter(packName, adapter));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex AdapterName();

    private sealed class LoadState
    {
        public List<PluginPackInfo> Packs { get; } = [];
        public List<LoadedExportAdapter> Adapters { get; } = [];
        public List<SchemeTemplateResource> Templates { get; } = [];
        public List<HonourVocabularyResource> Vocabularies { get; } = [];
        public List<PluginLoadFailure> Failures { get; } = [];

        public void Fail(string source, string code, string reason) => Failures.Add(new PluginLoadFailure(source, code, reason));
    }
}

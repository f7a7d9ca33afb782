using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Enterprise.Eval.Plugins.Abstractions;

namespace Enterprise.Eval.Integration.Tests.Plugins;

/// <summary>
/// Writes small pack assemblies on the fly (System.Reflection.Emit) so tests can show how the loader treats packs
/// that are built wrong: another contract version, no pack attribute, an adapter whose constructor throws, and
/// embedded scheme templates.
/// </summary>
internal sealed class EmittedPack(string assemblyName)
{
    public int? ContractVersion { get; init; } = PluginContract.Version;

    public bool AdapterConstructorThrows { get; init; }

    public Dictionary<string, string> Resources { get; init; } = [];

    public void SaveTo(string packFolder)
    {
        Directory.CreateDirectory(packFolder);
        var builder = new PersistedAssemblyBuilder(new AssemblyName(assemblyName), typeof(object).Assembly);
        if (ContractVersion is { } version)
        {
            var constructor = typeof(PluginPackAttribute).GetConstructor([typeof(int), typeof(string)])!;
            builder.SetCustomAttribute(new CustomAttributeBuilder(constructor, [version, "测试包"]));
        }
        var module = builder.DefineDynamicModule(assemblyName);
        if (AdapterConstructorThrows) DefineThrowingAdapter(module);

        var metadata = builder.GenerateMetadata(out var il, out var fieldData);
        var resources = new BlobBuilder();
        foreach (var (name, text) in Resources)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            metadata.AddManifestResource(ManifestResourceAttributes.Public, metadata.GetOrAddString(name), default, (uint)resources.Count);
            resources.WriteInt32(bytes.Length);
            resources.WriteBytes(bytes);
        }
        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), il, fieldData,
            managedResources: resources.Count > 0 ? resources : null);
        var image = new BlobBuilder();
        pe.Serialize(image);
        using var file = File.Create(Path.Combine(packFolder, assemblyName + ".dll"));
        image.WriteContentTo(file);
    }

    private static void DefineThrowingAdapter(ModuleBuilder module)
    {
        var type = module.DefineType("Emitted.ThrowingAdapter", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        type.AddInterfaceImplementation(typeof(IExportAdapter));
        var failure = typeof(InvalidOperationException).GetConstructor([typeof(string)])!;

        var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, Type.EmptyTypes);
        var ctorIl = constructor.GetILGenerator();
        ctorIl.Emit(OpCodes.Ldarg_0);
        ctorIl.Emit(OpCodes.Call, typeof(object).GetConstructor(Type.EmptyTypes)!);
        ctorIl.Emit(OpCodes.Ldstr, "构造失败（测试）");
        ctorIl.Emit(OpCodes.Newobj, failure);
        ctorIl.Emit(OpCodes.Throw);

        foreach (var method in typeof(IExportAdapter).GetMethods())
        {
            var implementation = type.DefineMethod(method.Name,
                MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
                method.ReturnType, method.GetParameters().Select(p => p.ParameterType).ToArray());
            var body = implementation.GetILGenerator();
            body.Emit(OpCodes.Ldstr, "not implemented");
            body.Emit(OpCodes.Newobj, failure);
            body.Emit(OpCodes.Throw);
            type.DefineMethodOverride(implementation, method);
        }
        type.CreateType();
    }
}

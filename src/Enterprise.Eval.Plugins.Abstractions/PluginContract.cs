namespace Enterprise.Eval.Plugins.Abstractions;

/// <summary>
/// The version of the plug-in contract and the conventions every regional pack follows.
/// </summary>
/// <remarks>
/// <para>
/// A regional pack is one assembly in <c>plugins/&lt;Region&gt;/</c> beside the host. It references this assembly
/// only (never the host's other assemblies), marks itself with <see cref="PluginPackAttribute"/> carrying
/// <see cref="Version"/> as compiled, and is loaded at run time into its own <c>AssemblyLoadContext</c> that shares
/// only this assembly with the host. A pack whose <see cref="PluginPackAttribute.ContractVersion"/> differs from the
/// host's <see cref="Version"/> is reported and skipped.
/// </para>
/// <para>
/// A pack contributes two kinds of things, both optional:
/// export adapters (public non-abstract classes implementing <see cref="IExportAdapter"/> with a public parameterless
/// constructor), and scheme templates: YAML files embedded as manifest resources whose names start with
/// <see cref="TemplateResourcePrefix"/>, e.g. <c>templates/jiangsu-grand-technician.yaml</c>. The pack project
/// embeds them with <c>&lt;EmbeddedResource Include="templates\*.yaml" LogicalName="templates/%(Filename)%(Extension)" /&gt;</c>.
/// </para>
/// <para>
/// A pack may also embed an honour vocabulary as <see cref="HonourVocabularyResource"/>: honour titles with their family
/// and level (format in docs/scheme-format.md, "荣誉词表"). The national pack ships the shared one; a regional pack's
/// file adds titles to it. The host merges them; a title two packs put in different families is reported and the
/// vocabulary of the first pack only is used.
/// </para>
/// <para>
/// The contract grows by adding members to <see cref="ExportAdapterFeatures"/>, <see cref="ExportRow"/> and
/// <see cref="ExportOptions"/> rather than by adding interfaces; <see cref="Version"/> changes only when a change
/// would break a compiled pack.
/// </para>
/// </remarks>
public static class PluginContract
{
    /// <summary>The contract version this assembly defines. Compiled into each pack through <see cref="PluginPackAttribute"/>.</summary>
    public const int Version = 1;

    /// <summary>Manifest resource names of scheme templates start with this prefix.</summary>
    public const string TemplateResourcePrefix = "templates/";

    /// <summary>The manifest resource name of a pack's honour vocabulary.</summary>
    public const string HonourVocabularyResource = "vocabulary/honours.yaml";

    /// <summary>The file name extension of scheme templates.</summary>
    public const string TemplateExtension = ".yaml";
}

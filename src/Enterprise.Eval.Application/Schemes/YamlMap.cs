using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// A mapping being read: remembers which keys were asked for so that <see cref="ReportUnknownKeys"/> can flag typos
/// (a misspelt key would otherwise silently drop a rule).
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, SchemeReader reader)
{
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public YamlMappingNode Node { get; } = node;

    public YamlNode? this[string key]
    {
        get
        {
            _asked.Add(key);
            foreach (var (k, v) in Node.Children)
                if (k is YamlScalarNode s && s.Value == key) return v;
            return null;
        }
    }

    public bool Has(string key) => this[key] is { } n && !SchemeReader.IsNull(n);

    public YamlNode? Required(string key, string what)
    {
        var value = this[key];
        if (value is null || SchemeReader.IsNull(value))
        {
            reader.Error(value ?? Node, SchemeErrorCodes.MissingKey, $"{what}缺少必填项“{key}”");
            return null;
        }
        return value;
    }

    public IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries()
    {
        foreach (var (k, v) in Node.Children)
        {
            if (k is YamlScalarNode s) yield return (s, v);
            else reader.Error(k, SchemeErrorCodes.WrongNodeType, "键必须是简单文字");
        }
    }

    public void ReportUnknownKeys(string where, params string[] alsoAllowed)
    {
        foreach (var (k, _) in Node.Children)
        {
            if (k is YamlScalarNode { Value: { } key } && !_asked.Contains(key) && !alsoAllowed.Contains(key))
                reader.Error(k, SchemeErrorCodes.UnknownKey, $"{where}中的键“{key}”无法识别（拼写错误？）");
        }
    }
}

using Enterprise.Eval.Plugins.Abstractions;

[assembly: PluginPack(PluginContract.Version, "全国通用")]

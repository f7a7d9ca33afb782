using Enterprise.Eval.Plugins.Abstractions;

[assembly: PluginPack(PluginContract.Version, "山东省")]

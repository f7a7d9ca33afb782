using Enterprise.Eval.Plugins.Abstractions;

[assembly: PluginPack(PluginContract.Version, "福建省")]

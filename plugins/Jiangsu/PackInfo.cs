using Enterprise.Eval.Plugins.Abstractions;

[assembly: PluginPack(PluginContract.Version, "江苏省")]

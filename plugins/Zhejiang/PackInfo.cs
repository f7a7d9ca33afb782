using Enterprise.Eval.Plugins.Abstractions;

[assembly: PluginPack(PluginContract.Version, "浙江省")]

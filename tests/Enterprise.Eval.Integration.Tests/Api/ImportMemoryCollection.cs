namespace Enterprise.Eval.Integration.Tests.Api;

/// <summary>Specs that measure the process's allocations: run after the parallel ones, alone, so others' garbage is not counted.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImportMemoryCollection
{
    public const string Name = "import memory";
}

using Xunit;

namespace JobDescGen.Tests.Support;

/// <summary>Tests that change environment variables run alone, so parallel tests never see their values.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process environment";
}

using JobDescGen.Diagnostics;

namespace JobDescGen.Loading.Yaml;

/// <summary>A YAML node that remembers where it was written, so every diagnostic can point at it.</summary>
public abstract class YamlNode(SourceLocation location)
{
    /// <summary>Where the node starts.</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>A word for the node's kind, used in "expected X, found Y" messages.</summary>
    public abstract string KindName { get; }
}

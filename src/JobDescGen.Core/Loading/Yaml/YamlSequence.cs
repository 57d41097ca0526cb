using JobDescGen.Diagnostics;

namespace JobDescGen.Loading.Yaml;

/// <summary>A sequence (list) of nodes.</summary>
public sealed class YamlSequence(SourceLocation location, IReadOnlyList<YamlNode> items) : YamlNode(location)
{
    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items { get; } = items;

    /// <inheritdoc />
    public override string KindName => "a list";
}

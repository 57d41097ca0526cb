using JobDescGen.Diagnostics;

namespace JobDescGen.Loading.Yaml;

/// <summary>A mapping, with its entries in written order (duplicates are kept so they can be reported).</summary>
public sealed class YamlMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
    : YamlNode(location)
{
    /// <summary>The entries in the order they were written.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    /// <inheritdoc />
    public override string KindName => "a mapping";

    /// <summary>The value of the first entry with this key, or null.</summary>
    public YamlNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The key node of the first entry with this key, or null.</summary>
    public YamlScalar? KeyNode(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;
}

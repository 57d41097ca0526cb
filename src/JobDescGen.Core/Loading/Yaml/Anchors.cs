using JobDescGen.Loading.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobDescGen.Loading.Yaml;

/// <summary>
/// The anchors (<c>&amp;name</c>) of one YAML file, and the budget of text their aliases may repeat:
/// an alias shares the node, but every later stage (texts, templates, documents) sees it in full,
/// so a 1 MB text aliased 2,000 times would become 2 GB there.
/// </summary>
internal sealed class Anchors
{
    private readonly Dictionary<string, (YamlNode Node, long Characters, int Depth)> _defined = new(StringComparer.Ordinal);
    private long _repeated;

    public void Define(string name, YamlNode node)
    {
        var (characters, depth) = Measure(node);
        _defined[name] = (node, characters, depth);
    }

    /// <summary>The anchored node for <paramref name="alias"/>, met at <paramref name="depth"/>.</summary>
    public YamlNode Resolve(AnchorAlias alias, int depth)
    {
        if (!_defined.TryGetValue(alias.Value.Value, out var anchor))
        {
            throw new SemanticErrorException(alias.Start, alias.End, $"the alias '*{alias.Value}' names no anchor defined before it");
        }

        _repeated += anchor.Characters;
        if (_repeated > InputLimits.MaxAliasedCharacters)
        {
            throw new YamlLimitException(
                alias.Start,
                $"aliases repeat more than {InputLimits.MaxAliasedCharacters:N0} characters of text in this file",
                "write the text out where it is needed, or alias smaller parts");
        }

        // Aliases nest too: an alias of a deep node, inside another deep node, is deeper still.
        if (depth + anchor.Depth > InputLimits.MaxYamlDepth)
        {
            throw new YamlLimitException(
                alias.Start,
                $"with this alias, lists and mappings nest more than {InputLimits.MaxYamlDepth} levels deep",
                "write the text out where it is needed instead of nesting aliases");
        }

        return anchor.Node;
    }

    // Bounded: each node is at most MaxYamlDepth deep, and its size counts every alias in it, which the budget caps.
    private static (long Characters, int Depth) Measure(YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                return (scalar.Value.Length + 1, 0);
            case YamlSequence sequence:
            {
                var parts = sequence.Items.Select(Measure).ToList();
                return (1 + parts.Sum(p => p.Characters), 1 + parts.Select(p => p.Depth).DefaultIfEmpty(0).Max());
            }

            case YamlMapping mapping:
            {
                var parts = mapping.Entries.Select(e => Measure(e.Value)).ToList();
                return (1 + mapping.Entries.Sum(e => e.Key.Value.Length + 1) + parts.Sum(p => p.Characters), 1 + parts.Select(p => p.Depth).DefaultIfEmpty(0).Max());
            }

            default:
                return (1, 0);
        }
    }
}

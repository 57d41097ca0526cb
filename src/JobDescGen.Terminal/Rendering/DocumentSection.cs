using JobDescGen.Marking;
using JobDescGen.Terminal.Rendering.Inlines;
using Markdig.Syntax;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering;

/// <summary>
/// A heading (or a result area's first block) and the top-level blocks under it up to the next one (the first section holds what
/// comes before any heading: the title block and the notice). Compared documents are paired
/// section by section, by heading text, so a level that leaves an area out, or a user's template
/// that orders its blocks differently, still lines up.
/// </summary>
/// <param name="Key">The heading's level and text ("" for the first section).</param>
/// <param name="Blocks">The section's renderables with the Markdown block each came from, blank lines included.</param>
internal sealed record DocumentSection(string Key, IReadOnlyList<(Block? Source, IRenderable Renderable)> Blocks)
{
    /// <summary>Splits top-level renderables into sections at every heading.</summary>
    public static List<DocumentSection> Split(IReadOnlyList<(Block? Source, IRenderable Renderable)> blocks)
    {
        var sections = new List<DocumentSection>();
        var key = "";
        var current = new List<(Block? Source, IRenderable Renderable)>();
        foreach (var block in blocks)
        {
            if (KeyOf(block.Source) is { } newKey)
            {
                // The blank line before a heading belongs to the next section, so paired headings start level.
                var trailing = current.Count > 0 && current[^1].Source is null && current[^1].Renderable is Components.Spacer;
                if (trailing)
                {
                    current.RemoveAt(current.Count - 1);
                }

                if (current.Count > 0)
                {
                    sections.Add(new DocumentSection(key, current));
                }

                key = newKey;
                current = trailing ? [block with { Source = null, Renderable = Components.Spacer.Line }] : [];
            }

            current.Add(block);
        }

        if (current.Count > 0)
        {
            sections.Add(new DocumentSection(key, current));
        }

        return sections;
    }

    // A section starts at a heading, or where a result area starts without one (a run-in title):
    // areas pair by id, so an area only one level has does not shift the others.
    private static string? KeyOf(Block? block) => block switch
    {
        _ when block?.Mark() is { Role: BlockRole.AreaHeading or BlockRole.AreaStatement, Area: { } area } mark
            && (mark.Role == BlockRole.AreaHeading || mark.RunInLead) => "area:" + area.Id,
        HeadingBlock heading => $"{heading.Level}:{InlineText.Plain(heading.Inline).Trim()}",
        _ => null,
    };

    /// <summary>
    /// Pairs the sections of two documents in order: equal keys side by side (a longest common
    /// subsequence, so an area only one level has does not shift the rest), the others alone.
    /// </summary>
    public static List<(DocumentSection? Left, DocumentSection? Right)> Pair(IReadOnlyList<DocumentSection> left, IReadOnlyList<DocumentSection> right)
    {
        var common = new int[left.Count + 1, right.Count + 1];
        for (var i = left.Count - 1; i >= 0; i--)
        {
            for (var j = right.Count - 1; j >= 0; j--)
            {
                common[i, j] = left[i].Key == right[j].Key ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var pairs = new List<(DocumentSection?, DocumentSection?)>();
        int a = 0, b = 0;
        while (a < left.Count || b < right.Count)
        {
            if (a < left.Count && b < right.Count && left[a].Key == right[b].Key)
            {
                pairs.Add((left[a++], right[b++]));
            }
            else if (b == right.Count || (a < left.Count && common[a + 1, b] >= common[a, b + 1]))
            {
                pairs.Add((left[a++], null));
            }
            else
            {
                pairs.Add((null, right[b++]));
            }
        }

        return pairs;
    }
}

using System.Text;
using JobDescGen.Marking;

namespace JobDescGen.Html.Body;

/// <summary>
/// Hands out the element ids of one page, each once: the definitions' anchors (the targets of
/// reference marks, as every format names them), then stable ids for headings, by what a heading
/// is rather than by its words where the marks say (<c>purpose</c>, <c>area-coach</c>).
/// </summary>
internal sealed class HtmlIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Claims <paramref name="id"/> as it is; false when it is already taken.</summary>
    public bool Reserve(string id) => _taken.Add(id);

    /// <summary>True when <paramref name="id"/> was handed out or reserved.</summary>
    public bool Contains(string id) => _taken.Contains(id);

    /// <summary>A fresh id for a heading with <paramref name="mark"/> and <paramref name="text"/>.</summary>
    public string ForHeading(BlockMark mark, string text)
    {
        var wanted = mark.Role switch
        {
            BlockRole.Title => "title",
            BlockRole.AreaHeading when mark.Area is { } area => "area-" + Slug(area.Id),
            BlockRole.SectionHeading => mark.Section switch
            {
                SectionKind.Purpose => "purpose",
                SectionKind.ResultAreas => "result-areas",
                SectionKind.Criteria => "criteria",
                SectionKind.Definitions => "definitions",
                _ => Slug(text),
            },
            _ => Slug(text),
        };
        return Unique(wanted.Length == 0 ? "section" : wanted);
    }

    private string Unique(string wanted)
    {
        var id = wanted;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = $"{wanted}-{n}";
        }

        return id;
    }

    // Lower-case letters and digits joined by single hyphens: "Als coördinator" -> "als-coördinator".
    private static string Slug(string text)
    {
        var slug = new StringBuilder(Math.Min(text.Length, 64));
        foreach (var c in text)
        {
            if (slug.Length >= 64)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}

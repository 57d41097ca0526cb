using JobDescGen.Docx.Packaging;

namespace JobDescGen.Docx.Building;

/// <summary>
/// The links of one document: external addresses become relationships of the main part (one per
/// address, ids counted in document order), and definition anchors become bookmark names.
/// </summary>
internal sealed class DocumentLinks
{
    private readonly Dictionary<string, string> _external = new(StringComparer.Ordinal);
    private int _bookmarks;

    /// <summary>The relationships for the external addresses, in the order first used.</summary>
    public IEnumerable<PackageRelationship> Relationships =>
        _external.Select(pair => new PackageRelationship(pair.Value, RelationshipTypes.Hyperlink, pair.Key, External: true));

    /// <summary>The relationship id of <paramref name="url"/>.</summary>
    public string External(string url)
    {
        if (!_external.TryGetValue(url, out var id))
        {
            id = "rIdLink" + (_external.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _external.Add(url, id);
        }

        return id;
    }

    /// <summary>The next bookmark id.</summary>
    public string NextBookmarkId() => (_bookmarks++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A Word bookmark name for an anchor ("def-specialisatie" → "def_specialisatie"): Word accepts
    /// letters, digits and underscores, a letter first, at most 40 characters.
    /// </summary>
    public static string BookmarkName(string anchor)
    {
        var name = new string([.. anchor.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        name = name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "a" + name;
        return name.Length > 40 ? name[..40] : name;
    }
}

using JobDescGen.Marking;
using JobDescGen.Pdf.Text;
using Markdig.Syntax;
using MdListItem = Markdig.Syntax.ListItemBlock;

namespace JobDescGen.Pdf.Building;

/// <summary>
/// The links one document may carry: a reference mark links to its definition when the definition
/// is in the document (so no link points nowhere), a link or autolink to a web, mail or phone
/// address. Anything else (relative paths, <c>javascript:</c>, <c>file:</c>) stays plain text: a
/// PDF has no page to resolve it against, and a viewer must not run or open it.
/// </summary>
internal sealed class DocumentLinks
{
    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    private readonly Dictionary<string, string> _terms;
    private readonly string _definitionsLabel;

    private DocumentLinks(Dictionary<string, string> terms, string definitionsLabel)
    {
        _terms = terms;
        _definitionsLabel = definitionsLabel;
    }

    /// <summary>No definitions: only addresses link.</summary>
    public static DocumentLinks None { get; } = new([], "Definitie");

    /// <summary>The definitions the document states (its marked list items), by id.</summary>
    public static DocumentLinks Of(MarkdownDocument document, string definitionsLabel)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.Descendants<MdListItem>())
        {
            if (item.Definition() is { } definition)
            {
                terms.TryAdd(definition.Id, definition.Term);
            }
        }

        return new DocumentLinks(terms, definitionsLabel);
    }

    /// <summary>The link of a reference mark: to its first definition, described by the terms it refers to ("Definitie: specialisatie").</summary>
    public TextLink? ForMark(ReferenceMarkInline mark)
    {
        if (mark.IsTarget || mark.TargetAnchor is not { } anchor || !_terms.ContainsKey(mark.DefinitionIds[0]))
        {
            return null;
        }

        var terms = mark.DefinitionIds.Select(id => _terms.GetValueOrDefault(id)).OfType<string>();
        return new TextLink("#" + anchor, $"{_definitionsLabel}: {string.Join(", ", terms)}");
    }

    /// <summary>The link to <paramref name="address"/>, or null when a PDF should not link there.</summary>
    public static TextLink? ForAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || !Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
            || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        // A PDF URI action holds 7-bit ASCII: non-ASCII characters are percent-encoded, host names punycoded.
        var target = uri.Scheme is "mailto" or "tel" ? EscapeNonAscii(address.Trim()) : uri.AbsoluteUri;
        var description = uri.Scheme == "mailto" ? address.Trim()["mailto:".Length..] : address.Trim();
        return new TextLink(target, description);
    }

    private static string EscapeNonAscii(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}

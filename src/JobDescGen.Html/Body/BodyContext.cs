using JobDescGen.Marking;
using Markdig.Syntax;

namespace JobDescGen.Html.Body;

/// <summary>
/// What the renderers of one page share: the ids handed out so far, the definitions that are on
/// the page (so a reference mark links only to an anchor that exists) and the words they need.
/// One per document: renderers are made per page, the marked document is only read.
/// </summary>
internal sealed class BodyContext
{
    private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anchorsWritten = new(StringComparer.Ordinal);

    public BodyContext(RenderedDocument document)
    {
        Document = document;

        // The anchors first, so no heading takes "def-…" from them.
        foreach (var list in document.Ast.OfType<ListBlock>().Where(b => b.Mark().Role == BlockRole.DefinitionList))
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                if (item.Definition() is { } definition && Ids.Reserve(definition.Anchor))
                {
                    _terms[definition.Id] = definition.Term;
                }
            }
        }
    }

    /// <summary>The document being written.</summary>
    public RenderedDocument Document { get; }

    /// <summary>The page's ids.</summary>
    public HtmlIds Ids { get; } = new();

    /// <summary>The level of the heading written last (0 before the first).</summary>
    public int LastHeadingLevel { get; set; }

    /// <summary>The term of definition <paramref name="id"/> when its item is on the page, else null.</summary>
    public string? TermOnPage(string id) => _terms.GetValueOrDefault(id);

    /// <summary>True the first time <paramref name="anchor"/> is written: a definition listed twice gets its id once.</summary>
    public bool WriteAnchor(string anchor) => _anchorsWritten.Add(anchor);

    /// <summary>The caption of the criteria table: "Onderscheidende criteria — Niveau A1".</summary>
    public string CriteriaCaption => $"{Document.Label("criteria")} — {Document.Description.Level.Name}";
}

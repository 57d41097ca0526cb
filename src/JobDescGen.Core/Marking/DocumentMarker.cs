using JobDescGen.Rendering;
using JobDescGen.Resolving;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JobDescGen.Marking;

/// <summary>
/// Attaches the meaning of a job description to the Markdig AST of whatever Markdown its template
/// produced, once, for every writer. It reads the top-level blocks in order and recognises them by
/// the data they came from (the level's areas, criteria and definitions) and the language's
/// labels, never by position alone, so a user's template that reorders or drops parts still gets
/// the right marks, and anything unrecognised stays plain body content.
/// </summary>
internal sealed class DocumentMarker
{
    private readonly LevelDescription _description;
    private readonly LanguagePack _language;
    private readonly Dictionary<string, ResolvedResultArea> _areasByTitle;
    private SectionKind _section = SectionKind.Other;
    private AreaMark? _area;
    private bool _areaHasStatement;
    private bool _titleSeen;
    private bool _sectionSeen;
    private BlockRole _previous = BlockRole.Body;

    private DocumentMarker(LevelDescription description, LanguagePack language)
    {
        _description = description;
        _language = language;
        _areasByTitle = new Dictionary<string, ResolvedResultArea>(StringComparer.Ordinal);
        foreach (var area in description.ResultAreas)
        {
            _areasByTitle.TryAdd(LabelJoiner.AreaTitle(area, language), area);
        }
    }

    /// <summary>Marks <paramref name="document"/>, rendered from <paramref name="description"/> in <paramref name="language"/>.</summary>
    public static void Mark(MarkdownDocument document, LevelDescription description, LanguagePack language)
    {
        var marker = new DocumentMarker(description, language);
        for (var i = 0; i < document.Count; i++)
        {
            var mark = marker.MarkOf(document[i], i + 1 < document.Count ? document[i + 1] : null, document);
            document[i].SetMark(mark);
            marker._previous = mark.Role;
        }
    }

    private BlockMark MarkOf(Block block, Block? next, MarkdownDocument document) => block switch
    {
        HeadingBlock { Level: 1 } when !_titleSeen => Title(),
        HeadingBlock { Level: 1 or 2 } heading => Section(heading),
        HeadingBlock heading => AreaHeading(heading),
        ParagraphBlock paragraph => Paragraph(paragraph, document),
        QuoteBlock when !_sectionSeen => new BlockMark(BlockRole.Notice),
        ListBlock list => List(list),
        Table table => Table(table),
        _ => new BlockMark(BlockRole.Body, _section, _area),
    };

    private BlockMark Title()
    {
        _titleSeen = true;
        return new BlockMark(BlockRole.Title);
    }

    private BlockMark Section(HeadingBlock heading)
    {
        _sectionSeen = true;
        _area = null;
        var text = PlainText.Of(heading.Inline).Trim();
        _section = Classify(text);
        if (_section == SectionKind.Definitions)
        {
            MarkTarget(heading);
        }

        return new BlockMark(BlockRole.SectionHeading, _section);
    }

    private SectionKind Classify(string text)
    {
        bool Is(string key) => _language.Labels.TryGetValue(key, out var label) && string.Equals(text, label.Trim(), StringComparison.OrdinalIgnoreCase);
        var unstarred = text.TrimStart('*', ' ');
        if (_description.Job is not null && RubricSections.Of(text, _language) is { } rubric)
        {
            return rubric;
        }

        return Is("purpose") ? SectionKind.Purpose
            : Is("result_areas") ? SectionKind.ResultAreas
            : Is("criteria") ? SectionKind.Criteria
            : Is("definitions") || (_language.Labels.TryGetValue("definitions", out var definitions) && string.Equals(unstarred, definitions.Trim(), StringComparison.OrdinalIgnoreCase)) ? SectionKind.Definitions
            : SectionKind.Other;
    }

    private BlockMark AreaHeading(HeadingBlock heading)
    {
        var area = FindArea(PlainText.Of(heading.Inline).Trim());
        if (area is null)
        {
            // A subheading that names no area ends the area before it.
            _area = null;
            return new BlockMark(BlockRole.Body, _section);
        }

        _area = new AreaMark(area.Id, area.Role, area.Optional);
        _areaHasStatement = false;
        return new BlockMark(BlockRole.AreaHeading, _section, _area);
    }

    // "Als coördinator (facultatief)": the area whose title the heading starts with, the longest such title.
    private ResolvedResultArea? FindArea(string text) =>
        _areasByTitle
            .Where(pair => text.StartsWith(pair.Key, StringComparison.Ordinal) && (text.Length == pair.Key.Length || !char.IsLetterOrDigit(text[pair.Key.Length])))
            .OrderByDescending(pair => pair.Key.Length)
            .Select(pair => pair.Value)
            .FirstOrDefault();

    private BlockMark Paragraph(ParagraphBlock paragraph, MarkdownDocument document)
    {
        if (!_titleSeen)
        {
            return BlockMark.Body;
        }

        if (_previous == BlockRole.Title && IsByline(paragraph))
        {
            return new BlockMark(BlockRole.Byline);
        }

        if (IsBoldOnly(paragraph))
        {
            return new BlockMark(BlockRole.LeadIn, _section, _area);
        }

        if (_section == SectionKind.Purpose)
        {
            return new BlockMark(BlockRole.PurposeStatement, _section);
        }

        if (_area is not null && !_areaHasStatement)
        {
            _areaHasStatement = true;
            return new BlockMark(BlockRole.AreaStatement, _section, _area);
        }

        // A run-in lead: the paragraph opens with an area's title in bold and no heading above it.
        if (_section == SectionKind.ResultAreas && paragraph.Inline?.FirstChild is EmphasisInline { DelimiterCount: 2 } lead
            && FindArea(PlainText.Of(lead).Trim()) is { } area)
        {
            _area = new AreaMark(area.Id, area.Role, area.Optional);
            _areaHasStatement = true;
            return new BlockMark(BlockRole.AreaStatement, _section, _area) { RunInLead = true };
        }

        return new BlockMark(BlockRole.Body, _section, _area);
    }

    private BlockMark List(ListBlock list)
    {
        if (_section == SectionKind.Definitions)
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                if (DefinitionOf(item) is { } definition)
                {
                    item.SetDefinition(new DefinitionMark(definition.Id, definition.Term));
                }
            }

            return new BlockMark(BlockRole.DefinitionList, _section);
        }

        return _area is not null && _previous is BlockRole.LeadIn or BlockRole.AreaStatement
            ? new BlockMark(BlockRole.TaskList, _section, _area)
            : new BlockMark(BlockRole.Body, _section, _area);
    }

    // "**specialisatie**: ..." — the definition whose term the item starts with.
    private ResolvedDefinition? DefinitionOf(ListItemBlock item)
    {
        var text = item.FirstOrDefault() is ParagraphBlock first ? PlainText.Of(first.Inline).TrimStart() : string.Empty;
        return _description.Definitions
            .Where(d => text.StartsWith(d.Term, StringComparison.Ordinal))
            .OrderByDescending(d => d.Term.Length)
            .FirstOrDefault();
    }

    private BlockMark Table(Table table)
    {
        // Two criteria may share a name (ids are unique, names need not be): rows take them in order.
        var criteria = _description.Criteria.GroupBy(c => c.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<ResolvedCriterion>(g), StringComparer.Ordinal);
        var matched = 0;
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            if (row.FirstOrDefault() is TableCell first && criteria.TryGetValue(CellText(first), out var named) && named.TryDequeue(out var criterion))
            {
                matched++;
                row.SetCriterion(new CriterionMark(criterion.Id, criterion.Name));
                foreach (var cell in row.OfType<TableCell>().Skip(1))
                {
                    MarkReferences(cell, criterion.References);
                }
            }
        }

        return matched > 0 || _section == SectionKind.Criteria
            ? new BlockMark(BlockRole.CriteriaTable, _section)
            : new BlockMark(BlockRole.Body, _section, _area);
    }

    private static string CellText(TableCell cell) =>
        string.Concat(cell.OfType<ParagraphBlock>().Select(p => PlainText.Of(p.Inline))).Trim();

    /// <summary>
    /// Splits each reference mark (<see cref="ReferenceMarkRule"/>) out of the literal text into a
    /// <see cref="ReferenceMarkInline"/>, when the criterion references definitions: any other
    /// asterisk ("3 * 12 maanden", and "tarief\*", which the escaper writes as an entity) stays text.
    /// </summary>
    private static void MarkReferences(TableCell cell, IReadOnlyList<string> references)
    {
        if (references.Count == 0)
        {
            return;
        }

        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            foreach (var literal in paragraph.Inline?.Descendants<LiteralInline>().ToList() ?? [])
            {
                SplitMarks(literal, references);
            }
        }
    }

    private static void SplitMarks(LiteralInline literal, IReadOnlyList<string> references)
    {
        var text = literal.Content.ToString();
        var start = 0;
        Inline anchor = literal;
        var pieces = new List<Inline>();
        for (var i = 0; i < text.Length; i++)
        {
            // Markdig splits "gespecialiseerd\*" into "gespecialiseerd" and "*": look at the text before the literal too.
            var before = i > 0 ? text[i - 1] : LastCharBefore(literal);
            if (!ReferenceMarkRule.IsMark(before, text[i]))
            {
                continue;
            }

            if (i > start)
            {
                pieces.Add(new LiteralInline(text[start..i]));
            }

            pieces.Add(new ReferenceMarkInline { DefinitionIds = references });
            start = i + 1;
        }

        if (pieces.Count == 0)
        {
            return;
        }

        if (start < text.Length)
        {
            pieces.Add(new LiteralInline(text[start..]));
        }

        foreach (var piece in pieces)
        {
            anchor.InsertAfter(piece);
            anchor = piece;
        }

        literal.Remove();
    }

    private static char? LastCharBefore(Inline inline) =>
        inline.PreviousSibling is LiteralInline { Content.Length: > 0 } previous ? previous.Content.Text[previous.Content.End] : null;

    // The '*' that opens "* Definitie" is where the marks point: split it out as the target.
    private static void MarkTarget(HeadingBlock heading)
    {
        if (heading.Inline?.FirstChild is LiteralInline first && first.Content.Length > 0 && first.Content.CurrentChar == '*')
        {
            var rest = first.Content.ToString()[1..].TrimStart();
            first.InsertBefore(new ReferenceMarkInline { IsTarget = true });
            if (rest.Length == 0)
            {
                // Markdig keeps "\*" as its own literal: the next literal holds the words.
                if (first.NextSibling is LiteralInline next)
                {
                    next.Content = new Markdig.Helpers.StringSlice(next.Content.ToString().TrimStart());
                }

                first.Remove();
            }
            else
            {
                first.Content = new Markdig.Helpers.StringSlice(rest);
            }
        }
    }

    /// <summary>
    /// The line under the title is a byline when it is one line that shows the document's facts (its
    /// date, version or organisation); an introduction of any length stays body text.
    /// </summary>
    private bool IsByline(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.Descendants<LineBreakInline>().Any() == true)
        {
            return false;
        }

        var text = PlainText.Of(paragraph.Inline);
        string?[] facts =
        [
            _language.Months.Count == 12 ? _language.LongDate(_description.Date) : null,
            _description.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _description.Version,
            _description.Organisation,
        ];
        return facts.Any(fact => fact is { Length: > 0 } && text.Contains(fact, StringComparison.Ordinal));
    }

    private static bool IsBoldOnly(ParagraphBlock paragraph) =>
        paragraph.Inline?.Count() == 1 && paragraph.Inline.FirstChild is EmphasisInline { DelimiterCount: 2 };
}

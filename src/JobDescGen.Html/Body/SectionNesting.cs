using JobDescGen.Marking;
using Markdig.Renderers;

namespace JobDescGen.Html.Body;

/// <summary>
/// Wraps the flat blocks of the Markdown in the sections they form: a <c>&lt;section&gt;</c> from
/// each section heading to the next, and inside it one per result area, marked when the area is
/// optional. The marks say where each begins, so a template that drops headings (a run-in area
/// title) still gets its areas.
/// </summary>
internal sealed class SectionNesting(HtmlRenderer renderer)
{
    private bool _sectionOpen;
    private AreaMark? _area;

    /// <summary>Closes and opens sections as needed before the block marked <paramref name="mark"/> is written.</summary>
    public void Before(BlockMark mark)
    {
        if (mark.Role == BlockRole.SectionHeading)
        {
            CloseArea();
            CloseSection();
            renderer.EnsureLine();
            renderer.Write("<section class=\"").Write(SectionClass(mark.Section)).WriteLine("\">");
            _sectionOpen = true;
            return;
        }

        if (mark.Area is null)
        {
            CloseArea();
            return;
        }

        if (_area?.Id != mark.Area.Id)
        {
            CloseArea();
            renderer.EnsureLine();
            renderer.Write(mark.Area.Optional ? "<section class=\"area optional\"" : "<section class=\"area\"")
                .Write(" data-area=\"").WriteEscape(mark.Area.Id).WriteLine("\">");
            _area = mark.Area;
        }
    }

    /// <summary>Closes whatever is open, after the last block.</summary>
    public void CloseAll()
    {
        CloseArea();
        CloseSection();
    }

    private void CloseArea()
    {
        if (_area is not null)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</section>");
            _area = null;
        }
    }

    private void CloseSection()
    {
        if (_sectionOpen)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</section>");
            _sectionOpen = false;
        }
    }

    private static string SectionClass(SectionKind kind) => kind switch
    {
        SectionKind.Purpose => "purpose",
        SectionKind.ResultAreas => "result-areas",
        SectionKind.Criteria => "criteria",
        SectionKind.Definitions => "definitions",
        SectionKind.Other => "other",
        // A specific job's rubric: "rubric rubric-network", so a stylesheet can set rubrics apart.
        _ => "rubric rubric-" + kind.ToString().ToLowerInvariant(),
    };
}

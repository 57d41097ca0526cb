using JobDescGen.Jobs;
using JobDescGen.Rendering;

namespace JobDescGen.Marking;

/// <summary>
/// Recognises the heading of a job's rubric by the language's rubric labels, with or without the
/// model's number in front ("4. Netwerkelementen", "Netwerkelementen"), and gives its section kind.
/// </summary>
internal static class RubricSections
{
    private static readonly Dictionary<string, SectionKind> Kinds = new(StringComparer.Ordinal)
    {
        ["identification"] = SectionKind.Identification,
        ["purpose"] = SectionKind.Purpose,
        ["result_areas"] = SectionKind.ResultAreas,
        ["network"] = SectionKind.Network,
        ["organogram"] = SectionKind.Organogram,
        ["positioning"] = SectionKind.Positioning,
        ["autonomy"] = SectionKind.Autonomy,
        ["impact"] = SectionKind.Impact,
        ["knowledge"] = SectionKind.Knowledge,
        ["innovation"] = SectionKind.Innovation,
        ["competencies"] = SectionKind.Competencies,
        ["context"] = SectionKind.Context,
    };

    /// <summary>The kind of the rubric <paramref name="heading"/> names, or null.</summary>
    public static SectionKind? Of(string heading, LanguagePack language)
    {
        var text = WithoutNumber(heading);
        foreach (var rubric in JobRubric.All)
        {
            if (language.Labels.TryGetValue(rubric.LabelKey, out var label) && string.Equals(text, label.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return Kinds[rubric.Key];
            }
        }

        return null;
    }

    // "12. Specifieke context" → "Specifieke context".
    private static string WithoutNumber(string heading)
    {
        var i = 0;
        while (i < heading.Length && char.IsAsciiDigit(heading[i]))
        {
            i++;
        }

        return i > 0 && i < heading.Length && heading[i] == '.' ? heading[(i + 1)..].TrimStart() : heading;
    }
}

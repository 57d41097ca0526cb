using JobDescGen.Diagnostics;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Resolving.Tasks;

namespace JobDescGen.Loading;

/// <summary>
/// Checks that hold across files: level files against the catalogue and the profile, criterion
/// statements against criteria, references against definitions (translations: <see cref="TranslationChecker"/>).
/// </summary>
public static class ProfileValidator
{
    /// <summary>The character that marks a referenced term in a criterion statement ("gespecialiseerd*").</summary>
    public const char ReferenceMarker = ReferenceMarkRule.Marker;

    /// <summary>
    /// Reports every cross-file problem of <paramref name="profile"/>. Translations are checked only
    /// when <paramref name="checkTranslations"/> (not when the languages themselves are broken), and
    /// unused definitions only when <paramref name="checkDefinitionsUsed"/> (every level file was read),
    /// and level files against the profile's content only when <paramref name="profileRead"/> (profile.yaml parsed).
    /// </summary>
    public static void Validate(RoleProfile profile, DiagnosticBag diagnostics, bool checkTranslations = true, bool checkDefinitionsUsed = true, bool profileRead = true)
    {
        CheckLevels(profile, diagnostics, checkTranslations);

        // A profile.yaml that did not parse has no areas, criteria or definitions to check the level
        // files against: every such check would only repeat the syntax error in other words.
        if (!profileRead)
        {
            return;
        }

        foreach (var level in profile.Levels)
        {
            // With no readable criteria (already reported), every statement would look unknown.
            if (profile.Criteria.Count > 0)
            {
                CheckCriteria(profile, level, diagnostics);
            }

            CheckAreaReferences(profile, level, diagnostics);
        }

        // A level file that could not be read (already reported) may hold the only reference.
        if (checkDefinitionsUsed)
        {
            CheckDefinitionsUsed(profile, diagnostics);
        }

        if (checkTranslations)
        {
            TranslationChecker.Check(profile, diagnostics);
        }
    }

    private static void CheckLevels(RoleProfile profile, DiagnosticBag diagnostics, bool checkTranslations)
    {
        var seen = new Dictionary<string, LevelVariant>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in profile.Levels)
        {
            var known = profile.Catalogue.Find(level.LevelId);
            if (known is null)
            {
                diagnostics.Error(
                    level.Location,
                    $"unknown level '{level.LevelId}'",
                    UnknownLevelHint(level.LevelId, profile.Catalogue),
                    "level");
            }
            else if (known.Id != level.LevelId)
            {
                diagnostics.Error(level.Location, $"level '{level.LevelId}' is spelled '{known.Id}' in the level catalogue", $"write 'level: {known.Id}'", "level");
            }
            else if (checkTranslations)
            {
                foreach (var language in profile.Languages.Where(l => known.Name.Get(l) is null))
                {
                    diagnostics.Error(known.Name.Location, $"level '{known.Id}' has no '{language}' name in the level catalogue", $"add '{language}: ...' to its name (profile '{profile.Id}' is written in {string.Join(", ", profile.Languages)})", "levels");
                }
            }

            if (!seen.TryAdd(level.LevelId, level))
            {
                diagnostics.Error(level.Location, $"level '{level.LevelId}' is also defined in {seen[level.LevelId].File}", "keep one file per level", "level");
            }

            var stem = Path.GetFileNameWithoutExtension(level.File);
            if (!string.Equals(stem, level.LevelId, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(level.Location, $"the file is named '{Path.GetFileName(level.File)}' but holds level '{level.LevelId}'", $"rename it to {level.LevelId}.yaml so that people find it", "level");
            }
        }
    }

    private static string UnknownLevelHint(string levelId, LevelCatalogue catalogue)
    {
        var ids = catalogue.Levels.Select(l => l.Id).ToList();
        var add = $"add '- id: {levelId}' with its 'name' to {catalogue.File}, in rank order";
        return KeyMatcher.Nearest(levelId, ids) is { } nearest
            ? $"did you mean '{nearest}'? Or, for a new level, {add}"
            : $"the level catalogue defines {(ids.Count == 0 ? "none" : string.Join(", ", ids))}; to use '{levelId}', {add}";
    }

    private static void CheckCriteria(RoleProfile profile, LevelVariant level, DiagnosticBag diagnostics)
    {
        var criterionIds = profile.Criteria.Select(c => c.Id).Distinct().ToList();
        var definitionIds = profile.Definitions.Select(d => d.Id).ToList();
        foreach (var statement in level.Criteria)
        {
            if (!criterionIds.Contains(statement.CriterionId))
            {
                diagnostics.Error(
                    statement.Location,
                    $"unknown criterion '{statement.CriterionId}'",
                    Hints.DidYouMean(statement.CriterionId, criterionIds, "the profile's criteria are"),
                    $"criteria.{statement.CriterionId}");
            }

            foreach (var reference in statement.References)
            {
                if (!definitionIds.Contains(reference.Id))
                {
                    diagnostics.Error(
                        reference.Location,
                        $"reference to '{reference.Id}', which has no definition",
                        KeyMatcher.Nearest(reference.Id, definitionIds) is { } nearest ? $"did you mean '{nearest}'?" : $"add a definition with id '{reference.Id}' under 'definitions' in {profile.File}",
                        $"criteria.{statement.CriterionId}.references");
                }
            }

            CheckMarkers(statement, diagnostics);
        }

        // Without a 'criteria' mapping (already reported as missing or of the wrong type) every criterion would be missing.
        if (level.CriteriaLocation is not { } criteriaLocation)
        {
            return;
        }

        foreach (var criterion in profile.Criteria)
        {
            if (!level.Criteria.Any(s => s.CriterionId == criterion.Id) && level.UnreadCriteria?.Contains(criterion.Id) != true)
            {
                diagnostics.Error(criteriaLocation, $"level {level.LevelId} has no statement for criterion '{criterion.Id}'", $"add '{criterion.Id}:' with its 'text' under 'criteria' in this file", "criteria");
            }
        }
    }

    // Each reference mark in a text stands for one referenced definition, in every language; other
    // asterisks ("3 * 12", "tarief\*") are text.
    private static void CheckMarkers(CriterionStatement statement, DiagnosticBag diagnostics)
    {
        var path = $"criteria.{statement.CriterionId}.text";
        foreach (var (language, text) in statement.Text.Values)
        {
            var marks = ReferenceMarkRule.Count(text);
            var where = language.Length == 0 ? string.Empty : $" ('{language}')";
            if (marks > 0 && statement.References.Count == 0)
            {
                diagnostics.Error(statement.Text.Location, $"the text{where} marks a term with '{ReferenceMarker}' but lists no references", $"add 'references: [definition-id]' beside 'text', or write '\\{ReferenceMarker}' for an asterisk that is text", path);
            }
            else if (marks == 0 && statement.References.Count > 0)
            {
                diagnostics.Error(statement.Text.Location, $"the statement references a definition but its text{where} marks no term with '{ReferenceMarker}'", $"put '{ReferenceMarker}' right after the defined word, as in 'gespecialiseerd{ReferenceMarker}'", path);
            }
            else if (marks != statement.References.Count)
            {
                diagnostics.Error(statement.Text.Location, $"the text{where} marks {Wording.Count(marks, "term")} with '{ReferenceMarker}' but lists {Wording.Count(statement.References.Count, "reference")}", "give one reference per marked term, in the same order", path);
            }
        }
    }

    private static void CheckAreaReferences(RoleProfile profile, LevelVariant level, DiagnosticBag diagnostics)
    {
        var areaIds = profile.ResultAreas.Select(a => a.Id).ToList();
        foreach (var edits in level.TaskEdits)
        {
            if (profile.ResultAreas.FirstOrDefault(a => a.Id == edits.AreaId) is { } area)
            {
                TaskListComposer.Compose(area, edits, diagnostics);
            }
            else
            {
                var key = edits.Add.Count > 0 ? "extra_tasks" : "omit_tasks";
                diagnostics.Error(edits.Location, $"{(edits.Add.Count > 0 ? "extra tasks for" : "tasks omitted from")} unknown result area '{edits.AreaId}'", HintForArea(edits.AreaId, areaIds), $"{key}.{edits.AreaId}");
            }
        }

        foreach (var omitted in level.OmitAreas)
        {
            var area = profile.ResultAreas.FirstOrDefault(a => a.Id == omitted.Id);
            if (area is null)
            {
                diagnostics.Error(omitted.Location, $"cannot omit unknown result area '{omitted.Id}'", HintForArea(omitted.Id, areaIds), "omit_areas");
            }
            else if (!area.Optional)
            {
                diagnostics.Error(omitted.Location, $"result area '{omitted.Id}' is not optional and cannot be omitted", $"mark it 'optional: true' in {profile.File}, or keep it at this level", "omit_areas");
            }
        }
    }

    private static string HintForArea(string id, List<string> areaIds) =>
        Hints.DidYouMean(id, areaIds, "the profile's result areas are");

    private static void CheckDefinitionsUsed(RoleProfile profile, DiagnosticBag diagnostics)
    {
        foreach (var definition in profile.Definitions)
        {
            var used = profile.Levels.Any(l => l.Criteria.Any(c => c.References.Any(r => r.Id == definition.Id)));
            if (!used)
            {
                diagnostics.Error(definition.Location, $"definition '{definition.Id}' is not referenced by any criterion", "reference it from a criterion statement ('references: [...]') or remove it", "definitions");
            }
        }
    }
}

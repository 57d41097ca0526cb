using JobDescGen.Diagnostics;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>
/// Checks that every human-readable text of a profile and its level files exists in each of the
/// profile's languages, so a half-done translation fails validation instead of a document.
/// </summary>
public static class TranslationChecker
{
    /// <summary>Reports every text of <paramref name="profile"/> and its level files that lacks one of the profile's languages.</summary>
    public static void Check(RoleProfile profile, DiagnosticBag diagnostics)
    {
        var reader = new YamlFieldReader(diagnostics, profile.DefaultLanguage);
        var languages = profile.Languages;
        reader.RequireLanguages(profile.Title, languages, "title");
        reader.RequireLanguages(profile.Notice, languages, "notice");
        reader.RequireLanguages(profile.Metadata.Organisation, languages, "organisation");
        RequireStatement(reader, profile.Purpose, languages, "purpose");
        for (var i = 0; i < profile.ResultAreas.Count; i++)
        {
            var area = profile.ResultAreas[i];
            reader.Name($"result_areas[{i}]", $"result area '{area.Id}'");
            reader.RequireLanguages(area.Role, languages, $"result_areas[{i}].role");
            RequireStatement(reader, area.Statement, languages, $"result_areas[{i}]");
            for (var t = 0; t < area.Tasks.Count; t++)
            {
                reader.RequireLanguages(area.Tasks[t].Text, languages, $"result_areas[{i}].tasks[{t}]");
            }
        }

        for (var i = 0; i < profile.Criteria.Count; i++)
        {
            reader.Name($"criteria[{i}]", $"criterion '{profile.Criteria[i].Id}'");
            reader.RequireLanguages(profile.Criteria[i].Name, languages, $"criteria[{i}].name");
        }

        for (var i = 0; i < profile.Definitions.Count; i++)
        {
            reader.Name($"definitions[{i}]", $"definition '{profile.Definitions[i].Id}'");
            reader.RequireLanguages(profile.Definitions[i].Term, languages, $"definitions[{i}].term");
            reader.RequireLanguages(profile.Definitions[i].Text, languages, $"definitions[{i}].text");
        }

        foreach (var level in profile.Levels)
        {
            foreach (var statement in level.Criteria)
            {
                reader.RequireLanguages(statement.Text, languages, $"criteria.{statement.CriterionId}.text");
            }

            if (level.Purpose is not null)
            {
                RequireStatement(reader, level.Purpose, languages, "purpose");
            }

            foreach (var edits in level.TaskEdits)
            {
                foreach (var added in edits.Add)
                {
                    reader.RequireLanguages(added.Task.Text, languages, $"extra_tasks.{edits.AreaId}");
                }
            }
        }
    }

    private static void RequireStatement(YamlFieldReader reader, Statement statement, IReadOnlyList<string> languages, string path)
    {
        reader.RequireLanguages(statement.Action, languages, YamlFieldReader.Join(path, "action"));
        reader.RequireLanguages(statement.Aim, languages, YamlFieldReader.Join(path, "aim"));
    }
}

using System.Text;
using JobDescGen.Model;

namespace JobDescGen.Jobs;

/// <summary>
/// The text of a new job file: valid as it is (it extends the profile at the level and takes the
/// profile's title as a stand-in), with every other rubric as a commented placeholder in the
/// model's order, for <c>jobdescgen new job</c>.
/// </summary>
public static class JobScaffold
{
    /// <summary>A job file for <paramref name="jobId"/> on <paramref name="profile"/> at <paramref name="levelId"/>; <paramref name="schemaPath"/> is the schema relative to the file.</summary>
    public static string For(string jobId, RoleProfile profile, string levelId, string schemaPath)
    {
        var languages = profile.Languages;
        var first = languages[0];
        string Text(string indent, string value) =>
            languages.Count == 1 ? $" {Quote(value)}" : string.Concat(languages.Select(l => $"\n{indent}  {l}: {Quote(value)}"));
        string Commented(string key, string example) =>
            $"#   {key}:{(languages.Count == 1 ? " " + example : $" {{ {string.Join(", ", languages.Select(l => $"{l}: {example}"))} }}")}\n";

        var text = new StringBuilder();
        text.Append($"# yaml-language-server: $schema={schemaPath}\n");
        text.Append($"# Specific job '{jobId}' on the generic profile '{profile.Id}', level {levelId}. The generic purpose,\n");
        text.Append("# result areas, tasks and criteria come from the profile when a document is made: write here only\n");
        text.Append("# what is specific to this post. Uncomment and fill in the rubrics; a rubric left out is left out\n");
        text.Append("# of the document. See docs/jobs.md.\n");
        text.Append($"extends: {profile.Id}\n");
        text.Append($"level: {levelId}\n\n");
        text.Append("identification:                     # 1. Identificatie van de functie\n");
        text.Append($"  title:{Text("  ", profile.Title.Get(first) ?? jobId)}          # the post's title (functiebenaming): replace the generic one\n");
        text.Append("#  code: ABC-A1-001\n#  entity: the directorate or service\n");
        text.Append($"#  created: \"YYYY-MM-DD\"\n#  original_language: {first}\n#  job_family: ...\n#  job_category: ...\n\n");
        text.Append("# purpose:                           # 2. Doel van de functie: added to the generic purpose\n");
        text.Append(Commented("addition", "..."));
        text.Append("\n# result_areas:                      # 3. Resultaatgebieden\n");
        var optional = profile.ResultAreas.Where(a => a.Optional).Select(a => a.Id).ToList();
        text.Append($"#   optional: [{string.Join(", ", optional)}]   # the optional areas this post keeps\n");
        var area = profile.ResultAreas.FirstOrDefault();
        if (area is not null)
        {
            text.Append("#   tasks:\n");
            text.Append($"#     {area.Id}:\n");
            text.Append("#       add:\n#         - text: ...\n");
            var task = area.Tasks.FirstOrDefault(t => t.Id is not null);
            text.Append($"#           after: {task?.Id ?? "a task's exact text"}\n");
            text.Append($"#       omit: [{task?.Id ?? "a task's exact text"}]\n");
        }

        text.Append("\n# network:                           # 4. Netwerkelementen\n#   internal:\n#     - ...\n#   external:\n#     - ...\n");
        text.Append("\n# organogram: ...                    # 5. Organogram\n");
        text.Append("\n# positioning:                       # 6. Positionering\n#   reports_to: ...\n#   team_size: 0\n#   team: ...\n");
        text.Append("\n# autonomy:                          # 7. Autonomie\n#   decides:\n#     - ...\n#   approval:\n#     - ...\n");
        text.Append("\n# impact:                            # 8. Impact\n#   budget: ...\n#   people: ...\n");
        text.Append("\n# knowledge:                         # 9. Technische expertise\n#   diploma: ...\n#   technical:\n#     - ...\n#   certificates:\n#     - ...\n#   experience: ...\n#   induction: ...\n");
        text.Append("\n# innovation:                        # 10. Innovatie\n#   regulations:\n#     - ...\n#   innovations:\n#     - ...\n#   framework: ...\n");
        text.Append("\n# competencies:                      # 11. Generiek competentieprofiel\n#   - name: ...\n#     level: ...\n");
        text.Append("\n# context:                           # 12. Specifieke context van de functie\n#   - ...\n");
        return text.ToString();
    }

    // A value YAML would read as something else (a number, a mapping, a comment) is quoted.
    private static string Quote(string value) =>
        value.Any(c => c is ':' or '#' or '{' or '}' or '[' or ']' or ',' or '"' or '\'' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`') || value != value.Trim()
            ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : value;
}

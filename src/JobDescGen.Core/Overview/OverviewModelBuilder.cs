using JobDescGen.Rendering;
using JobDescGen.Resolving;
using Scriban.Runtime;

namespace JobDescGen.Overview;

/// <summary>
/// The variables of the overview template: the profile once, and per criterion one cell per level.
/// Texts are escaped for Markdown like the job description's; levels decide here, not in the template.
/// </summary>
public static class OverviewModelBuilder
{
    /// <summary>The template variables for <paramref name="levels"/> (one profile, one language, catalogue order).</summary>
    public static ScriptObject Build(IReadOnlyList<LevelDescription> levels, LanguagePack language)
    {
        static string E(string text) => MarkdownEscaper.EscapeProfileText(text);
        string Names(IEnumerable<LevelDescription> subset) => E(string.Join(", ", subset.Select(l => l.Level.Name)));
        var first = levels[0];

        // The job description's variables for the first level give the shared names (title, labels, notice...).
        var model = TemplateModelBuilder.Build(first, language);
        model.Remove("level");
        model["levels"] = new ScriptArray(levels.Select(l => new ScriptObject { ["id"] = l.Level.Id, ["name"] = E(l.Level.Name), ["order"] = l.Level.Order }));
        model["level_names"] = Names(levels);

        var purposes = levels.GroupBy(l => LabelJoiner.Statement(l.Purpose, language)).ToList();
        model["purposes"] = new ScriptArray(purposes.Select(g => new ScriptObject { ["sentence"] = E(g.Key), ["levels"] = Names(g) }));

        model["result_areas"] = new ScriptArray(OverviewAreas.Of(levels).Select(area =>
        {
            var (sample, present) = (area.Area, area.Levels);
            var tasks = sample.Tasks.Where(t => present.All(l => l.ResultAreas.First(a => a.Id == sample.Id).Tasks.Contains(t))).ToList();
            var extra = present.SelectMany(l => l.ResultAreas.First(a => a.Id == sample.Id).Tasks).Distinct().Where(t => !tasks.Contains(t))
                .Select(t => new ScriptObject
                {
                    ["text"] = E(t),
                    ["levels"] = Names(present.Where(l => l.ResultAreas.First(a => a.Id == sample.Id).Tasks.Contains(t))),
                });
            return new ScriptObject
            {
                ["id"] = sample.Id,
                ["role"] = E(sample.Role),
                ["title"] = E(LabelJoiner.AreaTitle(sample, language)),
                ["optional"] = sample.Optional,
                ["sentence"] = E(LabelJoiner.Statement(sample.Statement, language)),
                ["tasks"] = new ScriptArray(tasks.Select(E)),
                ["level_tasks"] = new ScriptArray(extra),
                ["omitted_in"] = present.Count == levels.Count ? null : Names(levels.Where(l => !present.Contains(l))),
            };
        }));

        model["criteria"] = new ScriptArray(first.Criteria.Select((criterion, row) => new ScriptObject
        {
            ["id"] = criterion.Id,
            ["name"] = E(criterion.Name),
            ["cells"] = new ScriptArray(levels.Select((level, column) =>
            {
                var text = level.Criteria[row].Text;
                var same = column > 0 && string.Equals(levels[column - 1].Criteria[row].Text, text, StringComparison.Ordinal);
                return new ScriptObject
                {
                    ["level"] = level.Level.Id,
                    ["text"] = E(text),
                    ["same_as"] = same ? E(levels[column - 1].Level.Name) : null,
                };
            })),
        }));

        model["definitions"] = new ScriptArray(OverviewAreas.Definitions(levels).Select(pair => new ScriptObject
        {
            ["id"] = pair.Definition.Id,
            ["term"] = E(pair.Definition.Term),
            ["text"] = E(pair.Definition.Text),
            ["levels"] = Names(pair.Levels),
        }));
        return model;
    }
}

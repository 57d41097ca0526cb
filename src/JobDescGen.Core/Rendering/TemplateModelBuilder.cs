using JobDescGen.Resolving;
using Scriban.Runtime;

namespace JobDescGen.Rendering;

/// <summary>
/// Builds the variables a template sees from a resolved level. Names are snake_case and every text
/// is escaped for Markdown, so templates can place values anywhere in a line without surprises.
/// </summary>
public static class TemplateModelBuilder
{
    /// <summary>The template's global variables for <paramref name="description"/>.</summary>
    public static ScriptObject Build(LevelDescription description, LanguagePack language)
    {
        static string E(string text) => MarkdownEscaper.EscapeProfileText(text);
        static string? EOrNull(string? text) => text is null ? null : MarkdownEscaper.EscapeProfileText(text);
        ScriptObject Statement(ResolvedStatement s) => new()
        {
            ["action"] = E(s.Action),
            ["aim"] = E(s.Aim),
            ["sentence"] = E(LabelJoiner.Statement(s, language)),
        };

        var labels = new ScriptObject();
        foreach (var (key, value) in language.Labels)
        {
            labels[key] = E(value);
        }

        var model = new ScriptObject
        {
            ["profile_id"] = description.ProfileId,
            ["language"] = description.Language,
            ["title"] = E(description.Title),
            ["level"] = new ScriptObject
            {
                ["id"] = description.Level.Id,
                ["name"] = E(description.Level.Name),
                ["order"] = description.Level.Order,
            },
            ["organisation"] = EOrNull(description.Organisation),
            ["version"] = EOrNull(description.Version),
            ["date"] = description.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["date_long"] = E(language.LongDate(description.Date)),
            ["notice"] = EOrNull(description.Notice),
            ["purpose"] = Statement(description.Purpose),
            ["result_areas"] = new ScriptArray(description.ResultAreas.Select(area => new ScriptObject
            {
                ["id"] = area.Id,
                ["role"] = E(area.Role),
                ["optional"] = area.Optional,
                ["action"] = E(area.Statement.Action),
                ["aim"] = E(area.Statement.Aim),
                ["sentence"] = E(LabelJoiner.Statement(area.Statement, language)),
                ["title"] = E(LabelJoiner.AreaTitle(area, language)),
                ["tasks"] = new ScriptArray(area.Tasks.Select(E)),
            })),
            ["criteria"] = new ScriptArray(description.Criteria.Select(criterion => new ScriptObject
            {
                ["id"] = criterion.Id,
                ["name"] = E(criterion.Name),
                ["text"] = E(criterion.Text),
                ["references"] = new ScriptArray(criterion.References),
            })),
            ["definitions"] = new ScriptArray(description.Definitions.Select(definition => new ScriptObject
            {
                ["id"] = definition.Id,
                ["term"] = E(definition.Term),
                ["text"] = E(definition.Text),
            })),
            ["labels"] = labels,
        };

        // Only a specific job's document has 'job' (its rubrics); a level's template never sees it.
        if (description.Job is { } job)
        {
            model["job"] = Jobs.Rendering.JobTemplateModel.Build(job, description.Title, description.Level.Name, description.Organisation, language);
        }

        return model;
    }
}

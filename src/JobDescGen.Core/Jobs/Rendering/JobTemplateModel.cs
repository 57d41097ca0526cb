using System.Globalization;
using JobDescGen.Jobs.Resolving;
using JobDescGen.Rendering;
using Scriban.Runtime;

namespace JobDescGen.Jobs.Rendering;

/// <summary>
/// The <c>job</c> variable of the job template: the rubrics of a specific job, texts escaped for
/// Markdown, and which rubrics are empty (decided here, from the data, so templates only choose
/// whether to omit an empty rubric or show it as "n.v.t.").
/// </summary>
public static class JobTemplateModel
{
    /// <summary>The <c>job</c> variable for <paramref name="job"/> (its level is <paramref name="levelName"/>) in the words of <paramref name="language"/>.</summary>
    public static ScriptObject Build(ResolvedJob job, string title, string levelName, string? organisation, LanguagePack language)
    {
        static string? E(string? text) => text is null ? null : MarkdownEscaper.EscapeProfileText(text);
        static ScriptArray A(IEnumerable<string> texts) => new(texts.Select(t => MarkdownEscaper.EscapeProfileText(t)));

        var empty = new ScriptObject
        {
            ["identification"] = false,
            ["purpose"] = false,
            ["result_areas"] = false,
            ["network"] = job.NetworkInternal.Count == 0 && job.NetworkExternal.Count == 0,
            ["organogram"] = job.Organogram is null,
            ["positioning"] = job.ReportsTo is null && job.TeamSize is null && job.Team is null,
            ["autonomy"] = job.Decides.Count == 0 && job.Approval.Count == 0,
            ["impact"] = job.Budget is null && job.People is null && job.ImpactOther.Count == 0,
            ["knowledge"] = job.Diploma is null && job.Technical.Count == 0 && job.Certificates.Count == 0 && job.Experience is null && job.Induction is null,
            ["innovation"] = job.Regulations.Count == 0 && job.Innovations.Count == 0 && job.Framework is null,
            ["competencies"] = job.Competencies.Count == 0,
            ["context"] = job.Context.Count == 0,
        };

        return new ScriptObject
        {
            ["id"] = job.Id,
            ["profile_id"] = job.ProfileId,
            ["profile_title"] = E(job.ProfileTitle),
            ["rubrics"] = new ScriptArray(JobRubric.All.Select(r => new ScriptObject
            {
                ["number"] = r.Number,
                ["key"] = r.Key,
                ["title"] = E(language.Label(r.LabelKey)),
                ["empty"] = empty[r.Key],
            })),
            ["empty"] = empty,
            ["identification"] = new ScriptObject
            {
                ["title"] = E(title),
                ["code"] = E(job.Code),
                ["level"] = E(levelName),
                ["organisation"] = E(organisation),
                ["entity"] = E(job.Entity),
                ["created"] = job.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["created_long"] = job.Created is { } created && language.Months.Count == 12 ? E(language.LongDate(created)) : null,
                ["original_language"] = job.OriginalLanguage?.ToUpperInvariant(),
                ["job_family"] = E(job.JobFamily),
                ["job_category"] = E(job.JobCategory),
            },
            ["purpose_addition"] = E(job.PurposeAddition),
            ["network"] = new ScriptObject { ["internal"] = A(job.NetworkInternal), ["external"] = A(job.NetworkExternal) },
            ["organogram"] = E(job.Organogram),
            ["positioning"] = new ScriptObject
            {
                ["reports_to"] = E(job.ReportsTo),
                ["team_size"] = job.TeamSize,
                ["team_size_text"] = job.TeamSize is { } size ? E(language.Label("team_size").Replace("{count}", size.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)) : null,
                ["team"] = E(job.Team),
            },
            ["autonomy"] = new ScriptObject { ["decides"] = A(job.Decides), ["approval"] = A(job.Approval) },
            ["impact"] = new ScriptObject { ["budget"] = E(job.Budget), ["people"] = E(job.People), ["other"] = A(job.ImpactOther) },
            ["knowledge"] = new ScriptObject
            {
                ["diploma"] = E(job.Diploma),
                ["technical"] = A(job.Technical),
                ["certificates"] = A(job.Certificates),
                ["experience"] = E(job.Experience),
                ["induction"] = E(job.Induction),
            },
            ["innovation"] = new ScriptObject { ["regulations"] = A(job.Regulations), ["innovations"] = A(job.Innovations), ["framework"] = E(job.Framework) },
            ["competencies"] = new ScriptArray(job.Competencies.Select(c => new ScriptObject { ["name"] = E(c.Name), ["level"] = E(c.Level) })),
            ["context"] = A(job.Context),
        };
    }
}

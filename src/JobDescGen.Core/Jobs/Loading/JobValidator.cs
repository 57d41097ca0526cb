using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Model;
using JobDescGen.Loading;
using JobDescGen.Model;
using JobDescGen.Resolving;
using JobDescGen.Resolving.Tasks;

namespace JobDescGen.Jobs.Loading;

/// <summary>Checks a job against its generic profile: the level, the optional areas it keeps, the tasks it names, and every text's translations.</summary>
public static class JobValidator
{
    /// <summary>Reports every problem of <paramref name="job"/> against <paramref name="profile"/>.</summary>
    public static void Validate(SpecificJob job, RoleProfile profile, DiagnosticBag diagnostics)
    {
        var variant = profile.FindLevel(job.Level.Id);
        if (variant is null)
        {
            var levels = profile.Levels.Select(l => l.LevelId).ToList();
            diagnostics.Error(
                job.Level.Location,
                profile.Catalogue.Find(job.Level.Id) is null ? $"unknown level '{job.Level.Id}'" : $"profile '{profile.Id}' has no level {job.Level.Id}",
                Hints.DidYouMean(job.Level.Id, levels, $"levels of '{profile.Id}'"),
                "level");
        }
        else if (variant.LevelId != job.Level.Id)
        {
            diagnostics.Error(job.Level.Location, $"level '{job.Level.Id}' is spelled '{variant.LevelId}' in the level catalogue", $"write 'level: {variant.LevelId}'", "level");
        }

        if (variant is not null)
        {
            CheckAreas(job, profile, variant, diagnostics);
        }

        CheckTranslations(job, profile, diagnostics);
    }

    private static void CheckAreas(SpecificJob job, RoleProfile profile, LevelVariant variant, DiagnosticBag diagnostics)
    {
        var composed = LevelResolver.Compose(profile, variant);
        var levelAreas = composed.Select(c => c.Area.Id).ToList();
        foreach (var optional in job.Areas.Optional ?? [])
        {
            var area = profile.ResultAreas.FirstOrDefault(a => a.Id == optional.Id);
            if (area is null)
            {
                diagnostics.Error(optional.Location, $"unknown result area '{optional.Id}'", Hints.DidYouMean(optional.Id, profile.ResultAreas.Where(a => a.Optional).Select(a => a.Id), "the profile's optional areas are"), "result_areas.optional");
            }
            else if (!area.Optional)
            {
                diagnostics.Error(optional.Location, $"result area '{optional.Id}' is not optional: every job has it", "list only optional areas here: the others are always in", "result_areas.optional");
            }
            else if (!levelAreas.Contains(area.Id))
            {
                diagnostics.Error(optional.Location, $"result area '{optional.Id}' is not part of level {variant.LevelId}", $"level {variant.LevelId} omits it ({variant.File})", "result_areas.optional");
            }
        }

        foreach (var edits in job.Areas.Tasks)
        {
            var area = composed.FirstOrDefault(c => c.Area.Id == edits.AreaId);
            if (area is null)
            {
                diagnostics.Error(edits.Location, $"tasks for unknown result area '{edits.AreaId}'", Hints.DidYouMean(edits.AreaId, levelAreas, $"the result areas of level {variant.LevelId} are"), $"result_areas.tasks.{edits.AreaId}");
            }
            else if (area.Area.Optional && job.Areas.Optional is { } kept && kept.All(k => k.Id != edits.AreaId))
            {
                diagnostics.Error(edits.Location, $"tasks for result area '{edits.AreaId}', which this job leaves out", $"add '{edits.AreaId}' to 'result_areas.optional', or remove these tasks", $"result_areas.tasks.{edits.AreaId}");
            }
            else
            {
                TaskListComposer.Compose(edits.AreaId, area.Tasks, edits, diagnostics);
            }
        }
    }

    private static void CheckTranslations(SpecificJob job, RoleProfile profile, DiagnosticBag diagnostics)
    {
        var reader = new YamlFieldReader(diagnostics, profile.DefaultLanguage);
        void Require(LocalizedText? text, string path) => reader.RequireLanguages(text, profile.Languages, path);
        void RequireAll(IReadOnlyList<LocalizedText> texts, string path)
        {
            foreach (var text in texts)
            {
                Require(text, path);
            }
        }

        var id = job.Identification;
        // A title that could not be read is already reported; its stand-in has no text to check.
        Require(id.Title.Values.Count > 0 ? id.Title : null, "identification.title");
        Require(id.Organisation, "identification.organisation");
        Require(id.Entity, "identification.entity");
        Require(id.JobFamily, "identification.job_family");
        Require(id.JobCategory, "identification.job_category");
        Require(job.PurposeAddition, "purpose.addition");
        foreach (var edits in job.Areas.Tasks)
        {
            RequireAll([.. edits.Add.Select(a => a.Task.Text)], $"result_areas.tasks.{edits.AreaId}.add");
            RequireAll([.. edits.Replace.Select(r => r.Text)], $"result_areas.tasks.{edits.AreaId}.replace");
        }

        RequireAll(job.Network.Internal, "network.internal");
        RequireAll(job.Network.External, "network.external");
        Require(job.Organogram, "organogram");
        Require(job.Positioning.ReportsTo, "positioning.reports_to");
        Require(job.Positioning.Team, "positioning.team");
        RequireAll(job.Autonomy.Decides, "autonomy.decides");
        RequireAll(job.Autonomy.Approval, "autonomy.approval");
        Require(job.Impact.Budget, "impact.budget");
        Require(job.Impact.People, "impact.people");
        RequireAll(job.Impact.Other, "impact.other");
        Require(job.Knowledge.Diploma, "knowledge.diploma");
        RequireAll(job.Knowledge.Technical, "knowledge.technical");
        RequireAll(job.Knowledge.Certificates, "knowledge.certificates");
        Require(job.Knowledge.Experience, "knowledge.experience");
        Require(job.Knowledge.Induction, "knowledge.induction");
        RequireAll(job.Innovation.Regulations, "innovation.regulations");
        RequireAll(job.Innovation.Innovations, "innovation.innovations");
        Require(job.Innovation.Framework, "innovation.framework");
        foreach (var competency in job.Competencies)
        {
            Require(competency.Name, "competencies.name");
            Require(competency.Level, "competencies.level");
        }

        RequireAll(job.Context, "context");
    }
}

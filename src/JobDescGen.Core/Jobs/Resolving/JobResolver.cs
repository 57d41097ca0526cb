using JobDescGen.Jobs.Model;
using JobDescGen.Model;
using JobDescGen.Resolving;
using JobDescGen.Resolving.Tasks;

namespace JobDescGen.Jobs.Resolving;

/// <summary>
/// Turns a validated job plus its generic profile into the data one document needs: the generic
/// level, resolved afresh from the profile every time (inheritance, never a copy), with the job's
/// choice of optional areas and its task edits applied, and the job's own rubrics beside it.
/// </summary>
public static class JobResolver
{
    /// <summary>
    /// Resolves <paramref name="job"/> on <paramref name="profile"/> in <paramref name="language"/>
    /// (the profile's first when null). The document date is the job's creation date, else the
    /// profile's date, else <paramref name="fallbackDate"/>.
    /// </summary>
    public static LevelDescription Resolve(SpecificJob job, RoleProfile profile, string? language, DateOnly fallbackDate)
    {
        var generic = LevelResolver.Resolve(profile, job.Level.Id, language, fallbackDate, areas => Adjust(areas, job));
        var lang = generic.Language;
        string? T(LocalizedText? text) => text?.Get(lang);
        IReadOnlyList<string> L(IReadOnlyList<LocalizedText> texts) => [.. texts.Select(t => t.Get(lang)!)];

        var id = job.Identification;
        var resolved = new ResolvedJob(
            job.Id,
            profile.Id,
            profile.Title.Get(lang)!,
            id.Code,
            T(id.Entity),
            id.Created,
            id.OriginalLanguage,
            T(id.JobFamily),
            T(id.JobCategory),
            T(job.PurposeAddition),
            L(job.Network.Internal),
            L(job.Network.External),
            T(job.Organogram),
            T(job.Positioning.ReportsTo),
            job.Positioning.TeamSize,
            T(job.Positioning.Team),
            L(job.Autonomy.Decides),
            L(job.Autonomy.Approval),
            T(job.Impact.Budget),
            T(job.Impact.People),
            L(job.Impact.Other),
            T(job.Knowledge.Diploma),
            L(job.Knowledge.Technical),
            L(job.Knowledge.Certificates),
            T(job.Knowledge.Experience),
            T(job.Knowledge.Induction),
            L(job.Innovation.Regulations),
            L(job.Innovation.Innovations),
            T(job.Innovation.Framework),
            [.. job.Competencies.Select(c => new ResolvedCompetency(c.Name.Get(lang)!, T(c.Level)))],
            L(job.Context));

        return generic with
        {
            Title = T(id.Title)!,
            Organisation = T(id.Organisation) ?? generic.Organisation,
            Version = job.Version,
            Date = id.Created ?? generic.Date,
            Job = resolved,
        };
    }

    /// <summary>The generic level of <paramref name="job"/>, as the job's own document would show it without the job's changes.</summary>
    public static LevelDescription ResolveGeneric(SpecificJob job, RoleProfile profile, string? language, DateOnly fallbackDate) =>
        LevelResolver.Resolve(profile, job.Level.Id, language, fallbackDate);

    private static IReadOnlyList<ComposedArea> Adjust(IReadOnlyList<ComposedArea> areas, SpecificJob job) =>
        [.. areas
            .Where(a => !a.Area.Optional || job.Areas.Optional is null || job.Areas.Optional.Any(o => o.Id == a.Area.Id))
            .Select(a => job.Areas.Tasks.Where(e => e.AreaId == a.Area.Id).Aggregate(a, (area, edits) => area with { Tasks = TaskListComposer.Compose(area.Area.Id, area.Tasks, edits) }))];
}

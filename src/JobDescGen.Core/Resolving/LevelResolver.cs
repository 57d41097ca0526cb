using JobDescGen.Model;
using JobDescGen.Model.Tasks;
using JobDescGen.Resolving.Tasks;

namespace JobDescGen.Resolving;

/// <summary>Turns a validated profile plus a level into the plain data one job description needs.</summary>
public static class LevelResolver
{
    /// <summary>
    /// Resolves <paramref name="levelId"/> of <paramref name="profile"/> in <paramref name="language"/>
    /// (the profile's first language when null). The document date is the profile's own date, else
    /// <paramref name="fallbackDate"/> (from SOURCE_DATE_EPOCH or today, chosen by the caller).
    /// </summary>
    /// <exception cref="ArgumentException">The profile has no such level or language; callers check first.</exception>
    public static LevelDescription Resolve(RoleProfile profile, string levelId, string? language, DateOnly fallbackDate) =>
        Resolve(profile, levelId, language, fallbackDate, areas => areas);

    /// <summary>
    /// As <see cref="Resolve(RoleProfile, string, string?, DateOnly)"/>, with <paramref name="adjust"/>
    /// changing the level's result areas (a job's choice of optional areas and its task edits)
    /// before they are put into words.
    /// </summary>
    public static LevelDescription Resolve(RoleProfile profile, string levelId, string? language, DateOnly fallbackDate, Func<IReadOnlyList<ComposedArea>, IReadOnlyList<ComposedArea>> adjust)
    {
        var variant = profile.FindLevel(levelId)
            ?? throw new ArgumentException($"profile '{profile.Id}' has no level '{levelId}'", nameof(levelId));
        var lang = language ?? profile.DefaultLanguage;
        if (!profile.Languages.Contains(lang))
        {
            throw new ArgumentException($"profile '{profile.Id}' is not written in '{lang}'", nameof(language));
        }

        string T(LocalizedText text) => text.Get(lang)!;
        ResolvedStatement S(Statement statement) => new(T(statement.Action), T(statement.Aim), statement.Aim.Elide);

        var info = profile.Catalogue.Find(variant.LevelId)!;
        var areas = adjust(Compose(profile, variant))
            .Select(composed => new ResolvedResultArea(
                composed.Area.Id,
                T(composed.Area.Role),
                composed.Area.Optional,
                S(composed.Area.Statement),
                [.. composed.Tasks.Select(task => T(task.Text))],
                composed.Area.Role.Elide))
            .ToList();

        var criteria = profile.Criteria
            .Select(criterion =>
            {
                var statement = variant.Criteria.First(s => s.CriterionId == criterion.Id);
                return new ResolvedCriterion(criterion.Id, T(criterion.Name), T(statement.Text), [.. statement.References.Select(r => r.Id)]);
            })
            .ToList();

        // Only the terms this level references, in the order the profile defines them.
        var referenced = criteria.SelectMany(c => c.References).ToHashSet(StringComparer.Ordinal);
        var definitions = profile.Definitions
            .Where(d => referenced.Contains(d.Id))
            .Select(d => new ResolvedDefinition(d.Id, T(d.Term), T(d.Text)))
            .ToList();

        return new LevelDescription(
            profile.Id,
            lang,
            T(profile.Title),
            new ResolvedLevel(info.Id, info.DisplayName(lang), info.Order),
            profile.Metadata.Organisation is null ? null : T(profile.Metadata.Organisation),
            profile.Metadata.Version,
            profile.Metadata.Date ?? fallbackDate,
            profile.Notice is null ? null : T(profile.Notice),
            variant.Purpose is null ? S(profile.Purpose) : S(variant.Purpose),
            areas,
            criteria,
            definitions);
    }

    /// <summary>The result areas of <paramref name="variant"/>: the profile's, less the omitted ones, with the level's task edits applied.</summary>
    public static IReadOnlyList<ComposedArea> Compose(RoleProfile profile, LevelVariant variant) =>
        [.. profile.ResultAreas
            .Where(area => !variant.OmitAreas.Any(o => o.Id == area.Id))
            .Select(area => new ComposedArea(area, variant.TaskEdits.Where(e => e.AreaId == area.Id).Aggregate(
                (IReadOnlyList<ProfileTask>)area.Tasks,
                (tasks, edits) => TaskListComposer.Compose(area.Id, tasks, edits))))];
}

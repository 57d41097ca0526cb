using JobDescGen.Model;

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
    public static LevelDescription Resolve(RoleProfile profile, string levelId, string? language, DateOnly fallbackDate)
    {
        var variant = profile.FindLevel(levelId)
            ?? throw new ArgumentException($"profile '{profile.Id}' has no level '{levelId}'", nameof(levelId));
        var lang = language ?? profile.DefaultLanguage;
        if (!profile.Languages.Contains(lang))
        {
            throw new ArgumentException($"profile '{profile.Id}' is not written in '{lang}'", nameof(language));
        }

        string T(LocalizedText text) => text.Get(lang)!;
        ResolvedStatement S(Statement statement) => new(T(statement.Action), T(statement.Aim));

        var info = profile.Catalogue.Find(variant.LevelId)!;
        var areas = profile.ResultAreas
            .Where(area => !variant.OmitAreas.Any(o => o.Id == area.Id))
            .Select(area => new ResolvedResultArea(
                area.Id,
                T(area.Role),
                area.Optional,
                S(area.Statement),
                [.. area.Tasks.Concat(variant.ExtraTasks.Where(e => e.AreaId == area.Id).SelectMany(e => e.Tasks)).Select(T)]))
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
}

using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Model;

namespace JobDescGen.Pipeline;

/// <summary>Checks that a profile has the level and language a request asks for: one wording for every command.</summary>
public static class LevelSelection
{
    /// <summary>The usage problems of asking <paramref name="profile"/> for <paramref name="levels"/> in <paramref name="language"/>; empty when it has them.</summary>
    public static IReadOnlyList<Diagnostic> Check(RoleProfile profile, IEnumerable<string> levels, string? language)
    {
        var problems = new List<Diagnostic>();
        foreach (var level in levels.Where(l => profile.FindLevel(l) is null).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(MissingLevel(profile, level));
        }

        if (language is not null && !profile.Languages.Contains(language))
        {
            problems.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                SourceLocation.FileOnly(profile.File),
                $"profile '{profile.Id}' is not written in '{language}'",
                $"its languages: {string.Join(", ", profile.Languages)}"));
        }

        return problems;
    }

    /// <summary>"profile 'x' has no level A3" (a level the catalogue knows) or "unknown level 'A9'", located at the levels folder.</summary>
    public static Diagnostic MissingLevel(RoleProfile profile, string level)
    {
        var available = string.Join(", ", profile.Levels.Select(l => l.LevelId));
        var known = profile.Catalogue.Find(level) is not null;
        return new Diagnostic(
            DiagnosticSeverity.Error,
            SourceLocation.FileOnly(Path.Combine(Path.GetDirectoryName(profile.File) ?? ".", ProfileLoader.LevelsFolderName)),
            known ? $"profile '{profile.Id}' has no level {level}" : $"unknown level '{level}'",
            $"levels of '{profile.Id}': {available}");
    }
}

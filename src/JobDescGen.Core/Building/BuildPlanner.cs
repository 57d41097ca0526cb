using JobDescGen.Diagnostics;
using JobDescGen.Loading;

namespace JobDescGen.Building;

/// <summary>
/// Turns loaded profiles into the list of files to build: every level asked for, every language of
/// the profile, every format. Broken profiles are left out (their diagnostics kept), so the rest
/// still builds.
/// </summary>
public static class BuildPlanner
{
    /// <summary>The name of the manifest in the output folder; no document may take it.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>Plans the build of <paramref name="loaded"/> for <paramref name="request"/>.</summary>
    public static BuildPlan Plan(IReadOnlyList<ProfileLoadResult> loaded, BuildRequest request, InputHasher hasher)
    {
        var diagnostics = new DiagnosticBag();
        var failed = new List<string>();
        var documents = new List<PlannedDocument>();
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [ManifestFileName] = "the manifest" };

        foreach (var result in loaded)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (!result.Succeeded)
            {
                failed.Add(result.Directory);
                continue;
            }

            var profile = result.Profile!;
            foreach (var level in profile.Levels.Where(l => request.IncludesLevel(l.LevelId)))
            {
                foreach (var language in profile.Languages)
                {
                    var outputs = new List<PlannedOutput>();
                    foreach (var writer in request.Writers)
                    {
                        var path = request.Name.Format(profile.Id, level.LevelId, language, writer.Extension, profile.Languages.Count > 1);
                        var owner = $"{profile.Id} {level.LevelId} {language} {writer.Format}";
                        if (!taken.TryAdd(path, owner))
                        {
                            // Case-insensitive, so a build on Linux never makes files that clash on macOS or Windows.
                            diagnostics.Error(
                                SourceLocation.FileOnly(level.File),
                                $"'{path}' would be written twice: for {taken[path]} and for {owner}",
                                "make --name tell them apart with {profile}, {level}, {language} and {ext}");
                            continue;
                        }

                        outputs.Add(new PlannedOutput(writer, path, hasher.Compute(profile, level, language, request.FallbackDate, writer)));
                    }

                    if (outputs.Count > 0)
                    {
                        documents.Add(new PlannedDocument(profile, level.LevelId, language, outputs));
                    }
                }
            }
        }

        ReportUnknownLevels(loaded, request, diagnostics);
        return new BuildPlan(documents, diagnostics, failed);
    }

    // "--levels A9" that no catalogue knows is a typo, not a level some profiles happen to lack.
    private static void ReportUnknownLevels(IReadOnlyList<ProfileLoadResult> loaded, BuildRequest request, DiagnosticBag diagnostics)
    {
        var catalogues = loaded.Select(r => r.Profile?.Catalogue).OfType<Model.LevelCatalogue>().DistinctBy(c => c.File).ToList();
        if (request.Levels is null || catalogues.Count == 0)
        {
            return;
        }

        foreach (var level in request.Levels.Where(l => catalogues.All(c => c.Find(l) is null)))
        {
            diagnostics.Error(
                SourceLocation.FileOnly(catalogues[0].File),
                $"unknown level '{level}' in --levels",
                $"levels: {string.Join(", ", catalogues.SelectMany(c => c.Levels).Select(l => l.Id).Distinct())}");
        }
    }
}

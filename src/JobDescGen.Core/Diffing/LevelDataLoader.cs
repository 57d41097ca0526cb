using JobDescGen.Diagnostics;
using JobDescGen.Pipeline;
using JobDescGen.Rendering;
using JobDescGen.Resolving;

namespace JobDescGen.Diffing;

/// <summary>
/// Loads a profile and resolves several of its levels for the commands that look at levels side by
/// side (diff, explain, overview), with the pipeline's own selection wording for unknown ones.
/// </summary>
public static class LevelDataLoader
{
    /// <summary>
    /// The levels <paramref name="levels"/> (all the profile's levels when null) of the chosen profile,
    /// resolved in <paramref name="language"/> (null: the profile's first), in catalogue order.
    /// </summary>
    public static LevelDataRun Load(JobDescPipeline pipeline, string? profileArgument, string profilesDirectory, IReadOnlyList<string>? levels, string? language, JobInstead? jobs = null)
    {
        var choice = ProfileSelection.Select(profileArgument, profilesDirectory, jobs: jobs);
        if (choice.Loaded is null)
        {
            return new LevelDataRun(PipelineStatus.UsageError, choice.Problems);
        }

        var diagnostics = new List<Diagnostic>(choice.Loaded.Diagnostics);
        if (choice.Loaded.Profile is not { } profile)
        {
            return new LevelDataRun(PipelineStatus.ContentError, diagnostics);
        }

        var problems = LevelSelection.Check(profile, levels ?? [], language);
        if (problems.Count > 0)
        {
            return new LevelDataRun(PipelineStatus.UsageError, [.. diagnostics, .. problems], profile);
        }

        var bag = new DiagnosticBag();
        var lang = language ?? profile.DefaultLanguage;
        var labels = LanguagePackLoader.Load(lang, pipeline.Settings.TemplatesDirectory, bag);
        diagnostics.AddRange(bag);
        if (labels is null || bag.ErrorCount() > 0)
        {
            return new LevelDataRun(PipelineStatus.ContentError, diagnostics, profile);
        }

        // The profile's levels are in catalogue order; a --levels list keeps that order, not the user's.
        var chosen = profile.Levels
            .Where(l => levels is null || levels.Any(id => string.Equals(id, l.LevelId, StringComparison.OrdinalIgnoreCase)))
            .Select(l => LevelResolver.Resolve(profile, l.LevelId, lang, pipeline.Settings.FallbackDate))
            .ToList();
        return new LevelDataRun(PipelineStatus.Ok, diagnostics, profile, labels, chosen);
    }
}

using JobDescGen.Jobs.Model;
using JobDescGen.Model;

namespace JobDescGen.Validation;

/// <summary>
/// The YAML files one document is made from, each with the folder it may be read in (a file that
/// links out of it is refused, as when it was loaded): where a problem found in the document is located.
/// </summary>
/// <param name="Files">The files, the most specific first (the level or job file, then the profile).</param>
public sealed record DocumentSources(IReadOnlyList<(string File, string Root)> Files)
{
    /// <summary>A level's document: its level file and the profile file.</summary>
    public static DocumentSources OfLevel(RoleProfile profile, string levelId) =>
        new([.. Level(profile, levelId), (profile.File, profile.Directory)]);

    /// <summary>A specific job's document: the job file, then its generic level and profile.</summary>
    public static DocumentSources OfJob(SpecificJob job, RoleProfile profile) =>
        new([(job.File, Path.GetDirectoryName(Path.GetFullPath(job.File))!), .. Level(profile, job.Level.Id), (profile.File, profile.Directory)]);

    /// <summary>A profile's overview: the profile file, then every level file.</summary>
    public static DocumentSources OfOverview(RoleProfile profile) =>
        new([(profile.File, profile.Directory), .. profile.Levels.Select(l => (l.File, profile.Directory))]);

    private static IEnumerable<(string File, string Root)> Level(RoleProfile profile, string levelId) =>
        profile.FindLevel(levelId) is { } level ? [(level.File, profile.Directory)] : [];
}

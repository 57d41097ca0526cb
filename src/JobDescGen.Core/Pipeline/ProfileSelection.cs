using JobDescGen.Diagnostics;
using JobDescGen.Loading;

namespace JobDescGen.Pipeline;

/// <summary>Picks the profile a request works on from its PROFILE argument (an id or a path) and the profiles folder.</summary>
public static class ProfileSelection
{
    /// <summary>
    /// The chosen profile, loaded. Without <paramref name="profileArgument"/> the profiles folder must
    /// hold exactly one profile; anything else is a usage problem.
    /// </summary>
    /// <param name="profileArgument">The PROFILE argument: an id, a path, or null.</param>
    /// <param name="profilesDirectory">The folder of profiles.</param>
    /// <param name="catalogues">Level catalogues shared by the run, if any.</param>
    /// <param name="jobs">
    /// For a command that takes a job instead of a profile when its level options are left out: the
    /// jobs folder and those options ("--level"), so that naming a job with a level gets a hint.
    /// </param>
    public static ProfileChoice Select(string? profileArgument, string profilesDirectory, LevelCatalogueCache? catalogues = null, JobInstead? jobs = null)
    {
        if (profileArgument is not null && (Directory.Exists(profileArgument) || File.Exists(profileArgument)))
        {
            if (JobProblem(profileArgument, jobs) is { } job)
            {
                return job;
            }

            var found = ProfileSetLoader.FindProfileDirectories(profileArgument);
            return found.Count == 1
                ? Loaded(ProfileSetLoader.Load(found[0], catalogues))
                : Problem(profileArgument, $"'{profileArgument}' holds {found.Count} profiles, expected one", "give the folder of one profile (the one with profile.yaml)");
        }

        if (MissingFolder(profilesDirectory) is { } missing)
        {
            return new ProfileChoice(null, [missing]);
        }

        var directories = ProfileSetLoader.FindProfileDirectories(profilesDirectory);
        if (profileArgument is null)
        {
            return directories.Count switch
            {
                1 => Loaded(ProfileSetLoader.Load(directories[0], catalogues)),
                0 => Problem(profilesDirectory, $"no profiles in '{profilesDirectory}'", "a profile is a folder with profile.yaml and levels/*.yaml; 'jobdescgen init' writes an example"),
                _ => Problem(
                    profilesDirectory,
                    $"'{profilesDirectory}' holds {directories.Count} profiles; say which one",
                    $"add one of: {string.Join(", ", directories.Select(Path.GetFileName))}"),
            };
        }

        var match = directories.FirstOrDefault(d => string.Equals(Path.GetFileName(d), profileArgument, StringComparison.OrdinalIgnoreCase));
        return match is null
            ? JobProblem(profileArgument, jobs) ?? Problem(profilesDirectory, $"no profile '{profileArgument}' in '{profilesDirectory}'", Hints.DidYouMean(profileArgument, directories.Select(d => Path.GetFileName(d)!), "profiles there"))
            : Loaded(ProfileSetLoader.Load(match, catalogues));
    }

    /// <summary>The usage problem of a profiles folder that does not exist, or null when it does.</summary>
    public static Diagnostic? MissingFolder(string directory)
    {
        if (Directory.Exists(directory))
        {
            return null;
        }

        var (message, hint) = File.Exists(directory)
            ? ($"the profiles folder '{directory}' is a file, not a folder", "pass --profiles DIR with the folder of role profiles")
            : ($"the profiles folder '{directory}' does not exist", "run from a folder that has a 'profiles' folder, pass --profiles DIR, or create one with 'jobdescgen init'");
        return new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(directory), message, hint);
    }

    // "generate JOB --level B": the argument is a job, which has its own level.
    private static ProfileChoice? JobProblem(string argument, JobInstead? jobs) =>
        jobs?.Find(argument) is { } file
            ? Problem(
                file,
                $"'{argument}' is a specific job, not a profile",
                $"a job has its own level: leave out {jobs.LevelOptions}, as in 'jobdescgen {jobs.Command} {argument}'")
            : null;

    private static ProfileChoice Loaded(ProfileLoadResult loaded) => new(loaded, []);

    private static ProfileChoice Problem(string where, string message, string? hint) =>
        new(null, [new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(where), message, hint)]);
}

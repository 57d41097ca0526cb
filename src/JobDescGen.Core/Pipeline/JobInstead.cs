using JobDescGen.Jobs.Loading;
using JobDescGen.Loading;

namespace JobDescGen.Pipeline;

/// <summary>
/// A command that takes a specific job in place of a profile when its level options are left out
/// ("generate JOB" but "generate PROFILE --level B"): where its jobs are, so that "generate JOB
/// --level B" is told that JOB is a job rather than "no profile 'JOB'".
/// </summary>
/// <param name="JobsDirectory">The jobs folder of the command.</param>
/// <param name="Command">The command's name ("generate").</param>
/// <param name="LevelOptions">The options that make the argument a profile ("--level", "--from and --to").</param>
public sealed record JobInstead(string JobsDirectory, string Command, string LevelOptions)
{
    /// <summary>
    /// The job file <paramref name="argument"/> names, when it names a job and no profile: a job id
    /// in the jobs folder, or a YAML file outside every profile folder that says which profile it
    /// <c>extends:</c>.
    /// </summary>
    public string? Find(string argument)
    {
        if (File.Exists(argument))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(argument))!;
            var inProfile = File.Exists(Path.Combine(folder, ProfileLoader.ProfileFileName))
                || Path.GetFileName(folder) == ProfileLoader.LevelsFolderName
                || Directory.Exists(Path.Combine(folder, ProfileLoader.LevelsFolderName));
            return JobFiles.IsJobFile(argument) && !inProfile && Extends(argument, folder) ? argument : null;
        }

        if (Directory.Exists(argument) || argument.Contains('/') || argument.Contains(Path.DirectorySeparatorChar))
        {
            return null;
        }

        return JobFiles.Of(JobsDirectory, argument);
    }

    // Read as any input is (a regular file within the size limit); a job starts its own keys with extends:.
    private static bool Extends(string file, string folder) =>
        SourceText.Read(file, new Diagnostics.DiagnosticBag(), folder) is { } text
        && text.Split('\n').Any(line => line.StartsWith("extends:", StringComparison.Ordinal));
}

namespace JobDescGen.Jobs.Pipeline;

/// <summary>One specific job's document asked for.</summary>
/// <param name="Job">The job's id (its file name under <paramref name="JobsDirectory"/>) or a path to its file.</param>
/// <param name="ProfilesDirectory">The folder of generic profiles the job may extend.</param>
/// <param name="JobsDirectory">The folder of job files.</param>
/// <param name="Language">The language, or null for the profile's first.</param>
public sealed record JobRequest(string Job, string ProfilesDirectory, string JobsDirectory, string? Language);

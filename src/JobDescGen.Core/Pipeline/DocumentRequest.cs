namespace JobDescGen.Pipeline;

/// <summary>One document asked for: which profile, level and language.</summary>
/// <param name="Profile">A profile id under <paramref name="ProfilesDirectory"/>, a path to a profile, or null when the folder holds one profile.</param>
/// <param name="ProfilesDirectory">The folder of profiles.</param>
/// <param name="Level">The level id (case-insensitive).</param>
/// <param name="Language">The language, or null for the profile's first.</param>
/// <param name="Jobs">The command's jobs, when it takes a job in place of a profile: naming one with a level gets a hint.</param>
public sealed record DocumentRequest(string? Profile, string ProfilesDirectory, string Level, string? Language, JobInstead? Jobs = null);

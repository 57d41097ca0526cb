namespace JobDescGen.Building;

/// <summary>
/// What the manifest remembers of a profile that built cleanly: its folder, its id and the hash of
/// all its sources, so an unchanged profile need not even be loaded next time.
/// </summary>
/// <param name="Directory">The profile folder, relative to the profiles folder, with '/' separators.</param>
/// <param name="Id">The profile id, as its manifest entries name it.</param>
/// <param name="Sources">The hash of every file of the profile folder, the level catalogue, the templates folder, the tool version and the build's options.</param>
public sealed record ProfileRecord(string Directory, string Id, string Sources);

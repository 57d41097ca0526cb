using JobDescGen.Loading;

namespace JobDescGen.Building;

/// <summary>Loads every profile of a folder in parallel, in the folder's (sorted) order.</summary>
public static class ProfileBatchLoader
{
    /// <summary>The load result of each profile found under <paramref name="profilesDirectory"/>.</summary>
    public static IReadOnlyList<ProfileLoadResult> LoadAll(string profilesDirectory)
    {
        var directories = ProfileSetLoader.FindProfileDirectories(profilesDirectory);
        var results = new ProfileLoadResult[directories.Count];

        // Each profile reads its own files; the small level catalogue is read once per profile,
        // which costs less than sharing it across threads.
        Parallel.For(0, directories.Count, i => results[i] = ProfileSetLoader.Load(directories[i]));
        return results;
    }
}

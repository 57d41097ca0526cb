namespace JobDescGen.Building;

/// <summary>
/// Hears about a build as it runs (progress bars, one line per file). Calls come from worker
/// threads but never at the same time: the runner serialises them.
/// </summary>
public interface IBuildProgress
{
    /// <summary>The build found <paramref name="profiles"/> profile folders to load and build.</summary>
    void Started(int profiles);

    /// <summary>One file is done.</summary>
    void Completed(DocumentResult result);

    /// <summary>One profile is done: all its files, or its load failed.</summary>
    void ProfileCompleted();
}

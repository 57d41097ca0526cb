namespace JobDescGen.Building;

/// <summary>
/// Hears about a build as it runs (progress bars, one line per file). Calls come from worker
/// threads but never at the same time: the runner serialises them.
/// </summary>
public interface IBuildProgress
{
    /// <summary>The build knows how many files it will make or check.</summary>
    void Started(int total);

    /// <summary>One file is done.</summary>
    void Completed(DocumentResult result);
}

namespace JobDescGen.Building;

/// <summary>What happened to one file of the output folder.</summary>
public enum DocumentStatus
{
    /// <summary>Written, because it was new or one of its inputs changed.</summary>
    Built,

    /// <summary>Not rebuilt: its inputs and the file on disk are as the manifest records them.</summary>
    UpToDate,

    /// <summary>Check mode: the file on disk has exactly the bytes the build makes.</summary>
    Unchanged,

    /// <summary>Check mode: the build makes the file, the output folder lacks it.</summary>
    Missing,

    /// <summary>Check mode: the file on disk differs from what the build makes.</summary>
    Stale,

    /// <summary>Check mode: the output folder has a file the build does not make.</summary>
    Extra,

    /// <summary>Removed: an earlier build made it, this one no longer does (its profile, level or name went away).</summary>
    Deleted,

    /// <summary>Could not be made; the diagnostics say why.</summary>
    Failed,
}

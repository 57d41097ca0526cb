namespace JobDescGen.Building;

/// <summary>Whether a build writes files or only compares what it would write with the output folder.</summary>
public enum BuildMode
{
    /// <summary>Write changed documents and the manifest.</summary>
    Write,

    /// <summary>Build everything in memory, compare with the output folder, write nothing.</summary>
    Check,
}

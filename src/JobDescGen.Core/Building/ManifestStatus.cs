namespace JobDescGen.Building;

/// <summary>What happened to <c>manifest.json</c>.</summary>
public enum ManifestStatus
{
    /// <summary>Written, because its content changed.</summary>
    Written,

    /// <summary>Left alone: it already had the right bytes.</summary>
    Unchanged,

    /// <summary>Check mode: it is missing.</summary>
    Missing,

    /// <summary>Check mode: it differs from what the build writes.</summary>
    Stale,
}

namespace JobDescGen.Building;

/// <summary>What a built file holds.</summary>
public enum DocumentKind
{
    /// <summary>The job description of one level.</summary>
    Level,

    /// <summary>The overview of a profile: every level side by side (<c>&lt;profile&gt;-overview.&lt;ext&gt;</c>).</summary>
    Overview,
}

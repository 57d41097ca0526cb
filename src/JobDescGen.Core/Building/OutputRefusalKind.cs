namespace JobDescGen.Building;

/// <summary>Why the build refuses a path in the output folder.</summary>
internal enum OutputRefusalKind
{
    /// <summary>The path leads outside the folder.</summary>
    Outside,

    /// <summary>A part of the path is a link.</summary>
    Link,

    /// <summary>A file (or something else) stands where a folder of the path must be.</summary>
    FileInTheWay,

    /// <summary>A folder stands where the file must be.</summary>
    FolderInTheWay,

    /// <summary>The file is a device, FIFO or socket.</summary>
    NotAFile,
}

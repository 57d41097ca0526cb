namespace JobDescGen.Loading.Files;

/// <summary>What a path names on disk, as lstat or stat reports it.</summary>
public enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file: the only kind the tool reads, writes or deletes.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only lstat reports it).</summary>
    SymbolicLink,

    /// <summary>A named pipe: reading it blocks until someone writes.</summary>
    Fifo,

    /// <summary>A character device such as /dev/null or /dev/zero.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}

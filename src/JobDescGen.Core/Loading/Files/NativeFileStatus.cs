using System.Runtime.InteropServices;

namespace JobDescGen.Loading.Files;

/// <summary>
/// The start of the runtime's FileStatus struct (flags, mode, uid, gid, size, ...), padded well past
/// its full length so that a field added at its end can never write beyond this buffer.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeFileStatus
{
    public int Flags;
    public int Mode;
    public uint Uid;
    public uint Gid;
    public long Size;
    public Padding Rest;

    [System.Runtime.CompilerServices.InlineArray(32)]
    internal struct Padding
    {
        private long _element;
    }
}

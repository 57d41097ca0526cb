using System.Collections.Concurrent;

namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>
/// A process-wide cache shared by the threads of a build, emptied when it is full: what it keeps
/// (font subsets) repeats within a batch, and a long run of documents that
/// share nothing must not grow it without bound.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();

    /// <summary>The value kept for <paramref name="key"/>, else <paramref name="make"/>'s, kept (two threads may both make it; either is kept).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = make(key);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = value;
        return value;
    }
}

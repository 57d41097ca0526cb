using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using JobDescGen.Pdf.Hyphenation;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// The lines of paragraphs already broken in this process, by what decides them: the runs (text
/// and style), the width, the alignment, the hyphenator, the measurer and the settings. A build
/// writes every profile at every level, and most paragraphs (purpose, result areas, tasks,
/// headings, bullets) are the same at all levels: breaking is a pure function of those inputs and
/// lines never change once made, so a paragraph met again gets the very lines it got the first
/// time, the same bytes as breaking it again. Bounded: emptied when full; long paragraphs are not kept.
/// </summary>
internal static class ParagraphLineCache
{
    private const int MaxParagraphs = 1024;

    // Characters: a longer paragraph is broken each time (it costs more to keep than it is met).
    private const int MaxLength = 1000;

    private static readonly ConcurrentDictionary<Key, IReadOnlyList<TextLine>> Lines = new();

    // Counted apart: ConcurrentDictionary.Count takes every lock of the table.
    private static int s_count;

    /// <summary>The key of a paragraph that may be kept, or null.</summary>
    public static Key? KeyOf(IEnumerable<InlineRun> runs, double width, TextAlignment alignment, ITextMeasurer measurer, Hyphenator? hyphenator, in LineBreakSettings settings)
    {
        if (runs is not IReadOnlyList<InlineRun> list)
        {
            return null;
        }

        var hash = new HashCode();
        hash.Add(width);
        hash.Add(alignment);
        hash.Add(RuntimeHelpers.GetHashCode(measurer));
        hash.Add(hyphenator is null ? 0 : RuntimeHelpers.GetHashCode(hyphenator));
        hash.Add(settings);
        var length = 0;
        for (var i = 0; i < list.Count; i++)
        {
            length += list[i].Text.Length;
            if (length > MaxLength)
            {
                return null;
            }

            // The style's cheap parts only: its whole hash (colour, fallback chain, link) costs more
            // than the rare paragraphs it would tell apart, which Equals does.
            var style = list[i].Style;
            hash.Add(list[i].Text, StringComparer.Ordinal);
            hash.Add(style.Size);
            hash.Add(style.Bold);
            hash.Add(style.Italic);
        }

        return new Key(list, width, alignment, measurer, hyphenator, settings, hash.ToHashCode());
    }

    public static bool TryGet(in Key key, out IReadOnlyList<TextLine> lines) => Lines.TryGetValue(key, out lines!);

    public static void Add(in Key key, IReadOnlyList<TextLine> lines)
    {
        if (Volatile.Read(ref s_count) >= MaxParagraphs)
        {
            Clear();
        }

        // Kept with a copy of the runs: the caller's list is no part of the cache.
        if (Lines.TryAdd(key.WithOwnRuns(), lines))
        {
            Interlocked.Increment(ref s_count);
        }
    }

    /// <summary>Forgets every paragraph (when full; and for measuring the cost of breaking them, the benchmark's cold runs).</summary>
    public static void Clear()
    {
        Lines.Clear();
        Volatile.Write(ref s_count, 0);
    }

    /// <summary>What decides a paragraph's lines; the runs compare by value, the measurer and hyphenator by identity.</summary>
    internal readonly struct Key(IReadOnlyList<InlineRun> runs, double width, TextAlignment alignment, ITextMeasurer measurer, Hyphenator? hyphenator, LineBreakSettings settings, int hash) : IEquatable<Key>
    {
        private readonly IReadOnlyList<InlineRun> _runs = runs;
        private readonly double _width = width;
        private readonly TextAlignment _alignment = alignment;
        private readonly ITextMeasurer _measurer = measurer;
        private readonly Hyphenator? _hyphenator = hyphenator;
        private readonly LineBreakSettings _settings = settings;
        private readonly int _hash = hash;

        public bool Equals(Key other)
        {
            if (_hash != other._hash || _width != other._width || _alignment != other._alignment || !ReferenceEquals(_measurer, other._measurer)
                || !ReferenceEquals(_hyphenator, other._hyphenator) || _settings != other._settings || _runs.Count != other._runs.Count)
            {
                return false;
            }

            // Texts first (a differing paragraph differs there), then styles, mostly the very same objects.
            for (var i = 0; i < _runs.Count; i++)
            {
                if (!string.Equals(_runs[i].Text, other._runs[i].Text, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            for (var i = 0; i < _runs.Count; i++)
            {
                var (style, otherStyle) = (_runs[i].Style, other._runs[i].Style);
                if (!ReferenceEquals(style, otherStyle) && !style.Equals(otherStyle))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public Key WithOwnRuns() => new([.. _runs], _width, _alignment, _measurer, _hyphenator, _settings, _hash);

        public override int GetHashCode() => _hash;
    }
}

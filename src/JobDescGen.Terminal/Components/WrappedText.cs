using System.Globalization;
using JobDescGen.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Components;

/// <summary>
/// A paragraph of styled runs wrapped at word boundaries. Spectre's own <c>Paragraph</c> may break
/// between two runs that touch ("gespecialiseerd" + a styled "*", "**term**" + ":"), leaving a lone
/// character on the next line; here a word is everything between spaces, whatever its styles, so a
/// word is only ever split when it is wider than the whole line.
/// </summary>
internal sealed class WrappedText : IRenderable
{
    private readonly IReadOnlyList<IReadOnlyList<Word>> _lines;

    /// <summary>Creates the paragraph from <paramref name="runs"/>.</summary>
    public WrappedText(IEnumerable<StyledRun> runs) => _lines = Tokenize(runs);

    /// <summary>Creates a one-style paragraph.</summary>
    public WrappedText(string text, Style style)
        : this([new StyledRun(text, style)])
    {
    }

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth)
    {
        var longestWord = _lines.SelectMany(line => line).Select(word => word.Width).DefaultIfEmpty(0).Max();
        var longestLine = _lines.Select(line => line.Sum(word => word.Width) + Math.Max(0, line.Count - 1)).DefaultIfEmpty(0).Max();
        return new Measurement(Math.Min(longestWord, maxWidth), Math.Min(longestLine, maxWidth));
    }

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var width = Math.Max(1, maxWidth);
        foreach (var hardLine in _lines)
        {
            var used = 0;
            foreach (var word in hardLine)
            {
                if (used > 0 && used + 1 + word.Width <= width)
                {
                    yield return new Segment(" ");
                    used++;
                }
                else if (used > 0)
                {
                    yield return Segment.LineBreak;
                    used = 0;
                }

                foreach (var segment in word.Fold(width, used, out used))
                {
                    yield return segment;
                }
            }

            yield return Segment.LineBreak;
        }
    }

    private static List<IReadOnlyList<Word>> Tokenize(IEnumerable<StyledRun> runs)
    {
        var lines = new List<IReadOnlyList<Word>>();
        var words = new List<Word>();
        var current = new List<Segment>();

        void EndWord()
        {
            if (current.Count > 0)
            {
                var word = new Word(current);
                current = [];
                if (words.Count > 0 && PunctuationGlue.Joins(words[^1].Text, word.Text))
                {
                    word = words[^1].Join(word);
                    words.RemoveAt(words.Count - 1);
                }

                words.Add(word);
            }
        }

        foreach (var run in runs)
        {
            var start = 0;
            for (var i = 0; i <= run.Text.Length; i++)
            {
                var atEnd = i == run.Text.Length;
                var c = atEnd ? '\0' : run.Text[i];
                if (!atEnd && c != ' ' && c != '\n')
                {
                    continue;
                }

                if (i > start)
                {
                    current.Add(new Segment(run.Text[start..i], run.Style));
                }

                start = i + 1;
                if (atEnd)
                {
                    break;
                }

                EndWord();
                if (c == '\n')
                {
                    lines.Add(words);
                    words = [];
                }
            }
        }

        EndWord();
        lines.Add(words);
        return lines;
    }

    /// <summary>A word: the segments between two spaces, possibly of several styles.</summary>
    private sealed class Word(IReadOnlyList<Segment> parts)
    {
        public int Width { get; } = parts.Sum(part => part.CellCount());

        public string Text { get; } = string.Concat(parts.Select(part => part.Text));

        /// <summary>This word and <paramref name="next"/> as one, with the space between them kept.</summary>
        public Word Join(Word next) => new([.. parts, new Segment(" "), .. next.Parts]);

        private IReadOnlyList<Segment> Parts => parts;

        /// <summary>The word's segments, split over lines only when it is wider than a whole line.</summary>
        public IEnumerable<Segment> Fold(int width, int used, out int usedAfter)
        {
            if (used + Width <= width)
            {
                usedAfter = used + Width;
                return parts;
            }

            var output = new List<Segment>();
            foreach (var part in parts)
            {
                // By text element, not by UTF-16 char: an emoji (a surrogate pair) or a letter with
                // a combining accent is one character on screen and must never be torn apart.
                var elements = StringInfo.GetTextElementEnumerator(part.Text);
                while (elements.MoveNext())
                {
                    var cell = new Segment(elements.GetTextElement(), part.Style);
                    if (used + cell.CellCount() > width && used > 0)
                    {
                        output.Add(Segment.LineBreak);
                        used = 0;
                    }

                    output.Add(cell);
                    used += cell.CellCount();
                }
            }

            usedAfter = used;
            return output;
        }
    }
}

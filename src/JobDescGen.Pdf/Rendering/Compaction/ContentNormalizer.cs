using System.Globalization;
using System.Text;
using JobDescGen.Pdf.Fonts;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Rewrites a page's content stream as PDFsharp 6.2.4 writes it into one whose nesting is valid:
/// <list type="bullet">
/// <item>text objects (BT/ET) are reopened around every marked-content boundary, so no BDC/EMC pair
/// straddles a text object (PDFsharp opens marked content inside a BT and closes it in another);</item>
/// <item>the save/restore pairs that only close at the end of the stream are dropped, so no marked
/// content straddles a q/Q either (restoring state at the end of a page changes nothing);</item>
/// <item>each "/Artifact BMC" gets its type (/Pagination Header or Footer, /Layout), in drawing order;</item>
/// <item>strings shown in a bundled face get the face's pair kerning as TJ adjustments, and the
/// stretched spaces of a justified line drawn as one string (<see cref="WordGap"/>) too;</item>
/// <item>a hyphen added at a line's end is shown inside a span whose /ActualText is a soft hyphen
/// (U+00AD), as PDF 1.7 §14.8.2.2.3 asks, so the word is read and extracted whole.</item>
/// </list>
/// Text positions are tracked absolutely, so a reopened text object starts where the text was.
/// </summary>
/// <remarks>
/// One pass over the operations, written straight into a buffer: operands are positions in the
/// stream, not copies, and the parse and output buffers are kept per thread from page to page.
/// </remarks>
internal static class ContentNormalizer
{
    private static readonly byte[] SoftHyphenSpan = "/Span<</ActualText<FEFF00AD>>>BDC\n"u8.ToArray();
    private static readonly byte[] HeaderArtifact = "/Artifact<</Type/Pagination/Subtype/Header>>BDC\n"u8.ToArray();
    private static readonly byte[] FooterArtifact = "/Artifact<</Type/Pagination/Subtype/Footer>>BDC\n"u8.ToArray();
    private static readonly byte[] PaginationArtifact = "/Artifact<</Type/Pagination>>BDC\n"u8.ToArray();
    private static readonly byte[] LayoutArtifact = "/Artifact<</Type/Layout>>BDC\n"u8.ToArray();

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <param name="content">The page's content, uncompressed.</param>
    /// <param name="fonts">The page's font resources by name ("F0"), with the kerning of their face if bundled.</param>
    /// <param name="marks">The kinds of the page's artifacts and which of its strings are added hyphens.</param>
    /// <param name="result">Cleared, then holds the rewritten content.</param>
    public static void Normalize(byte[] content, IReadOnlyDictionary<string, FaceKerning?> fonts, PageMarks marks, ByteBuffer result)
    {
        var scratch = t_scratch ??= new Scratch();
        result.Clear();
        Normalize(content, fonts, marks, scratch, result);
    }

    private static void Normalize(byte[] content, IReadOnlyDictionary<string, FaceKerning?> fonts, PageMarks marks, Scratch scratch, ByteBuffer result)
    {
        var artifacts = marks.Artifacts;
        var softHyphens = marks.SoftHyphens;
        var gaps = marks.Gaps;
        var gap = 0;
        var fontNames = fonts.Select(f => (Name: Encoding.ASCII.GetBytes("/" + f.Key), Kerning: f.Value)).ToArray();
        var operations = scratch.Operations;
        var operands = scratch.Operands;
        ContentParser.Parse(content, operations, operands);
        var dropped = TrailingRestores(operations, scratch.Dropped);

        var output = new ContentWriter(result);
        var shown = 0;
        var inputMatrix = Matrix.Identity;
        var outputMatrix = Matrix.Identity;
        var outputInText = false;
        var positioned = false;
        var advanced = false;
        var outputAdvanced = false;
        var artifact = 0;
        FaceKerning? font = null;

        for (var index = 0; index < operations.Count; index++)
        {
            if (dropped is not null && dropped[index])
            {
                continue;
            }

            var operation = operations[index];
            switch (operation.Operator)
            {
                case "BT":
                    inputMatrix = Matrix.Identity;
                    positioned = true;
                    advanced = false;
                    continue;
                case "ET":
                    continue;
                case "Td":
                    var (tx, ty) = (Number(content, operation, operands, 0), Number(content, operation, operands, 1));
                    inputMatrix = inputMatrix with { E = (tx * inputMatrix.A) + (ty * inputMatrix.C) + inputMatrix.E, F = (tx * inputMatrix.B) + (ty * inputMatrix.D) + inputMatrix.F };
                    positioned = true;
                    advanced = false;
                    continue;
                case "Tm":
                    inputMatrix = new Matrix(
                        Number(content, operation, operands, 0),
                        Number(content, operation, operands, 1),
                        Number(content, operation, operands, 2),
                        Number(content, operation, operands, 3),
                        Number(content, operation, operands, 4),
                        Number(content, operation, operands, 5));
                    positioned = true;
                    advanced = false;
                    continue;
                case "TD" or "T*" or "'" or "\"":
                    throw new FormatException($"'{operation.Operator}' is not supported");
                case "Tj" or "TJ":
                    if (!outputInText)
                    {
                        if (advanced)
                        {
                            // The text continued after a boundary without a new position: where it
                            // stood depends on glyph widths this pass does not know.
                            throw new FormatException("text continues across a marked-content boundary");
                        }

                        output.Operator("BT");
                        outputInText = true;
                        outputMatrix = Matrix.Identity;
                        outputAdvanced = false;
                        positioned = true;
                    }

                    // A position after shown text resets the text matrix even when it repeats the line's.
                    if (positioned && (inputMatrix != outputMatrix || outputAdvanced))
                    {
                        Position(output, outputMatrix, inputMatrix);
                        outputMatrix = inputMatrix;
                    }

                    positioned = false;
                    advanced = true;
                    outputAdvanced = true;
                    if (softHyphens.Contains(shown++))
                    {
                        // Marked content inside the text object, closed before it ends: it nests.
                        output.Raw(SoftHyphenSpan);
                        output.Write(content, operation, operands);
                        output.Operator("EMC");
                        continue;
                    }

                    var drawn = shown - 1;
                    while (gap < gaps.Count && gaps[gap].String < drawn)
                    {
                        gap++;
                    }

                    var firstGap = gap;
                    while (gap < gaps.Count && gaps[gap].String == drawn)
                    {
                        gap++;
                    }

                    if (!Kern(output, content, operation, operands, font, gaps, firstGap, gap, scratch))
                    {
                        output.Write(content, operation, operands);
                    }

                    continue;
            }

            if (operation.Operator == "Tf" && operation.OperandCount > 0 && operands[operation.FirstOperand] is { Compound: null } name && content[name.Start] == (byte)'/')
            {
                font = FontNamed(fontNames, content[name.Start..name.End]);
            }

            if (IsTextState(operation.Operator))
            {
                output.Write(content, operation, operands);
                continue;
            }

            if (outputInText)
            {
                output.Operator("ET");
                outputInText = false;
            }

            if (operation.Operator == "BMC" && operation.OperandCount == 1 && operands[operation.FirstOperand] is { Compound: null } tag
                && content[tag.Start..tag.End].SequenceEqual("/Artifact"u8))
            {
                var kind = artifact < artifacts.Count ? artifacts[artifact] : ArtifactKind.Layout;
                artifact++;
                output.Raw(ArtifactLine(kind));
                continue;
            }

            output.Write(content, operation, operands);
        }

        if (outputInText)
        {
            output.Operator("ET");
        }
    }

    private static bool IsTextState(string op) => op is
        "Tc" or "Tw" or "Tz" or "TL" or "Tf" or "Tr" or "Ts"
        or "rg" or "RG" or "g" or "G" or "k" or "K" or "cs" or "CS" or "sc" or "scn" or "SC" or "SCN" or "gs" or "w" or "J" or "j" or "M" or "d" or "ri" or "i";

    private static FaceKerning? FontNamed((byte[] Name, FaceKerning? Kerning)[] fonts, ReadOnlySpan<byte> name)
    {
        foreach (var (candidate, kerning) in fonts)
        {
            if (name.SequenceEqual(candidate))
            {
                return kerning;
            }
        }

        return null;
    }

    /// <summary>
    /// Marks the q/Q pairs whose Q is among the restores that end the stream, and those Qs; null
    /// when the stream does not end in restores.
    /// </summary>
    private static bool[]? TrailingRestores(List<ContentOperation> operations, List<int> open)
    {
        var trailing = 0;
        var firstTrailing = operations.Count;
        for (var i = operations.Count - 1; i >= 0 && operations[i].Operator is "Q" or "ET"; i--)
        {
            trailing += operations[i].Operator == "Q" ? 1 : 0;
            firstTrailing = i;
        }

        if (trailing == 0)
        {
            return null;
        }

        // The outermost 'trailing' saves that are still open at the end are the ones those Qs close.
        var dropped = new bool[operations.Count];
        open.Clear();
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Operator == "q")
            {
                open.Add(i);
            }
            else if (operations[i].Operator == "Q" && open.Count > 0)
            {
                var start = open[^1];
                open.RemoveAt(open.Count - 1);
                if (open.Count < trailing && i >= firstTrailing)
                {
                    dropped[start] = true;
                    dropped[i] = true;
                }
            }
        }

        return dropped;
    }

    private static void Position(ContentWriter output, Matrix from, Matrix to)
    {
        if (from.A == 1 && from.B == 0 && from.C == 0 && from.D == 1 && to.A == 1 && to.B == 0 && to.C == 0 && to.D == 1)
        {
            output.Number(to.E - from.E);
            output.Number(to.F - from.F);
            output.Operator("Td");
            return;
        }

        output.Number(to.A);
        output.Number(to.B);
        output.Number(to.C);
        output.Number(to.D);
        output.Number(to.E);
        output.Number(to.F);
        output.Operator("Tm");
    }

    /// <summary>
    /// Writes a Tj of glyph ids as a TJ with the pair kerning of its face (when bundled) and the
    /// stretched spaces of a justified line (<paramref name="gaps"/> from <paramref name="firstGap"/>
    /// up to <paramref name="endGap"/>); false when it has neither, and it stays as it was.
    /// </summary>
    private static bool Kern(ContentWriter output, ReadOnlySpan<byte> content, ContentOperation show, List<ContentOperand> operands, FaceKerning? font, IReadOnlyList<WordGap> gaps, int firstGap, int endGap, Scratch scratch)
    {
        var spaced = endGap > firstGap;
        if ((font is null && !spaced) || show.Operator != "Tj" || show.OperandCount != 1 || operands[show.FirstOperand] is not { Compound: null } hex || content[hex.Start] != (byte)'<')
        {
            return spaced
                ? throw new FormatException("a justified line is not one string of glyph ids")
                : false;
        }

        var glyphs = HexGlyphs(content[hex.Start..hex.End], scratch);
        if (glyphs.IsEmpty)
        {
            return spaced
                ? throw new FormatException("a justified line is not one string of glyph ids")
                : false;
        }

        var first = true;
        var start = 0;
        var gap = firstGap;
        for (var i = 1; i < glyphs.Length; i++)
        {
            var kern = font?.KernGlyphs(glyphs[i - 1], glyphs[i]) ?? 0;
            var adjustment = kern != 0 ? -kern * 1000.0 / font!.UnitsPerEm : 0;
            var adjusted = kern != 0;
            for (; gap < endGap && gaps[gap].Glyph <= i; gap++)
            {
                adjustment += gaps[gap].Adjustment;
                adjusted = true;
            }

            if (adjusted)
            {
                if (first)
                {
                    output.Raw("["u8);
                    first = false;
                }

                Hex(output.Output, glyphs[start..i]);
                output.Output.AddNumber(adjustment);
                start = i;
            }
        }

        if (first)
        {
            return false;
        }

        Hex(output.Output, glyphs[start..]);
        output.Output.Add((byte)']');
        output.Operator("TJ");
        return true;
    }

    /// <summary>The two-byte glyph ids of a hex string "&lt;0041 0042&gt;"; empty when its digits do not make whole ids.</summary>
    private static ReadOnlySpan<ushort> HexGlyphs(ReadOnlySpan<byte> token, Scratch scratch)
    {
        var digits = 0;
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (!PdfLexer.IsWhiteSpace(token[i]))
            {
                digits++;
            }
        }

        if (digits % 4 != 0 || digits == 0)
        {
            return [];
        }

        if (scratch.Glyphs.Length < digits / 4)
        {
            scratch.Glyphs = new ushort[Math.Max(digits / 4, scratch.Glyphs.Length * 2)];
        }

        var glyphs = scratch.Glyphs.AsSpan(0, digits / 4);
        var value = 0;
        var count = 0;
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (PdfLexer.IsWhiteSpace(token[i]))
            {
                continue;
            }

            value = (value << 4) | HexValue(token[i]);
            if (++count % 4 == 0)
            {
                glyphs[(count / 4) - 1] = (ushort)value;
                value = 0;
            }
        }

        return glyphs;
    }

    private static int HexValue(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        _ => throw new FormatException($"'{(char)digit}' in a hex string"),
    };

    /// <summary>Glyph ids as an upper-case hex string.</summary>
    private static void Hex(ByteBuffer output, ReadOnlySpan<ushort> glyphs)
    {
        var bytes = output.Reserve((glyphs.Length * 4) + 2);
        bytes[0] = (byte)'<';
        for (var i = 0; i < glyphs.Length; i++)
        {
            for (var d = 0; d < 4; d++)
            {
                bytes[1 + (4 * i) + d] = (byte)"0123456789ABCDEF"[(glyphs[i] >> (12 - (4 * d))) & 0xF];
            }
        }

        bytes[^1] = (byte)'>';
        output.Advance(bytes.Length);
    }

    private static byte[] ArtifactLine(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Header => HeaderArtifact,
        ArtifactKind.Footer => FooterArtifact,
        ArtifactKind.Pagination => PaginationArtifact,
        _ => LayoutArtifact,
    };

    private static double Number(ReadOnlySpan<byte> content, ContentOperation operation, List<ContentOperand> operands, int index)
    {
        if (index >= operation.OperandCount || operands[operation.FirstOperand + index] is not { Compound: null } operand
            || !double.TryParse(content[operand.Start..operand.End], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new FormatException("a number was expected");
        }

        return number;
    }

    private readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
    {
        public static Matrix Identity => new(1, 0, 0, 1, 0, 0);
    }

    /// <summary>What one page's pass needs and the next page's pass can reuse.</summary>
    private sealed class Scratch
    {
        public List<ContentOperation> Operations { get; } = new(4096);

        public List<ContentOperand> Operands { get; } = new(8192);

        public List<int> Dropped { get; } = [];

        public ushort[] Glyphs { get; set; } = new ushort[256];
    }
}

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
/// <item>strings shown in a bundled face get the face's pair kerning as TJ adjustments;</item>
/// <item>a hyphen added at a line's end is shown inside a span whose /ActualText is a soft hyphen
/// (U+00AD), as PDF 1.7 §14.8.2.2.3 asks, so the word is read and extracted whole.</item>
/// </list>
/// Text positions are tracked absolutely, so a reopened text object starts where the text was.
/// </summary>
internal static class ContentNormalizer
{
    private static readonly HashSet<string> TextStateOperators =
    [
        "Tc", "Tw", "Tz", "TL", "Tf", "Tr", "Ts",
        "rg", "RG", "g", "G", "k", "K", "cs", "CS", "sc", "scn", "SC", "SCN", "gs", "w", "J", "j", "M", "d", "ri", "i",
    ];

    /// <param name="content">The page's content, uncompressed.</param>
    /// <param name="fonts">The page's font resources by name ("F0"), with the kerning of their face if bundled.</param>
    /// <param name="marks">The kinds of the page's artifacts and which of its strings are added hyphens.</param>
    public static byte[] Normalize(byte[] content, IReadOnlyDictionary<string, FaceKerning?> fonts, PageMarks marks)
    {
        var artifacts = marks.Artifacts;
        var softHyphens = marks.SoftHyphens.ToHashSet();
        var shown = 0;
        var input = DropTrailingRestores(ContentParser.Parse(content));
        var output = new List<ContentOperation>(input.Count + 16);
        var inputMatrix = Identity;
        var outputMatrix = Identity;
        var outputInText = false;
        var positioned = false;
        var advanced = false;
        var outputAdvanced = false;
        var artifact = 0;
        FaceKerning? font = null;

        foreach (var operation in input)
        {
            switch (operation.Operator)
            {
                case "BT":
                    inputMatrix = Identity;
                    positioned = true;
                    advanced = false;
                    continue;
                case "ET":
                    continue;
                case "Td":
                    var (tx, ty) = (Number(operation.Operands[0]), Number(operation.Operands[1]));
                    inputMatrix = inputMatrix with { E = (tx * inputMatrix.A) + (ty * inputMatrix.C) + inputMatrix.E, F = (tx * inputMatrix.B) + (ty * inputMatrix.D) + inputMatrix.F };
                    positioned = true;
                    advanced = false;
                    continue;
                case "Tm":
                    inputMatrix = new Matrix([.. operation.Operands.Select(Number)]);
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

                        output.Add(ContentOperation.Of("BT"));
                        outputInText = true;
                        outputMatrix = Identity;
                        outputAdvanced = false;
                        positioned = true;
                    }

                    // A position after shown text resets the text matrix even when it repeats the line's.
                    if (positioned && (inputMatrix != outputMatrix || outputAdvanced))
                    {
                        output.Add(Position(outputMatrix, inputMatrix));
                        outputMatrix = inputMatrix;
                    }

                    positioned = false;
                    advanced = true;
                    outputAdvanced = true;
                    if (softHyphens.Contains(shown++))
                    {
                        // Marked content inside the text object, closed before it ends: it nests.
                        output.Add(ContentOperation.Of("BDC", PdfToken.Of("/Span"), new PdfDictionary([new("ActualText", PdfToken.Of("<FEFF00AD>"))])));
                        output.Add(operation);
                        output.Add(ContentOperation.Of("EMC"));
                        continue;
                    }

                    output.Add(Kern(operation, font));
                    continue;
            }

            if (operation.Operator == "Tf" && operation.Operands[0] is PdfToken { IsName: true } name)
            {
                font = fonts.GetValueOrDefault(name.Text[1..]);
            }

            if (TextStateOperators.Contains(operation.Operator))
            {
                output.Add(operation);
                continue;
            }

            if (outputInText)
            {
                output.Add(ContentOperation.Of("ET"));
                outputInText = false;
            }

            if (operation.Operator == "BMC" && operation.Operands is [PdfToken { Text: "/Artifact" }])
            {
                var kind = artifact < artifacts.Count ? artifacts[artifact] : ArtifactKind.Layout;
                artifact++;
                output.Add(ContentOperation.Of("BDC", PdfToken.Of("/Artifact"), ArtifactProperties(kind)));
                continue;
            }

            output.Add(operation);
        }

        if (outputInText)
        {
            output.Add(ContentOperation.Of("ET"));
        }

        return ContentParser.Write(output);
    }

    private static Matrix Identity => new([1, 0, 0, 1, 0, 0]);

    /// <summary>Removes the q/Q pairs whose Q is among the restores that end the stream, and those Qs.</summary>
    private static List<ContentOperation> DropTrailingRestores(List<ContentOperation> operations)
    {
        var trailing = 0;
        for (var i = operations.Count - 1; i >= 0 && operations[i].Operator is "Q" or "ET"; i--)
        {
            trailing += operations[i].Operator == "Q" ? 1 : 0;
        }

        if (trailing == 0)
        {
            return operations;
        }

        // The outermost 'trailing' saves that are still open at the end are the ones those Qs close.
        var open = new Stack<int>();
        var unmatched = new List<int>();
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Operator == "q")
            {
                open.Push(i);
            }
            else if (operations[i].Operator == "Q" && open.Count > 0)
            {
                var start = open.Pop();
                if (open.Count < trailing && IsTrailing(operations, i))
                {
                    unmatched.Add(start);
                    unmatched.Add(i);
                }
            }
        }

        var dropped = unmatched.ToHashSet();
        return [.. operations.Where((_, i) => !dropped.Contains(i))];
    }

    private static bool IsTrailing(List<ContentOperation> operations, int index)
    {
        for (var i = index + 1; i < operations.Count; i++)
        {
            if (operations[i].Operator is not ("Q" or "ET"))
            {
                return false;
            }
        }

        return true;
    }

    private static ContentOperation Position(Matrix from, Matrix to)
    {
        if (from.A == 1 && from.B == 0 && from.C == 0 && from.D == 1 && to.A == 1 && to.B == 0 && to.C == 0 && to.D == 1)
        {
            return ContentOperation.Of("Td", Token(to.E - from.E), Token(to.F - from.F));
        }

        return ContentOperation.Of("Tm", Token(to.A), Token(to.B), Token(to.C), Token(to.D), Token(to.E), Token(to.F));
    }

    /// <summary>A Tj of glyph ids in a kerned face becomes a TJ with the pair adjustments.</summary>
    private static ContentOperation Kern(ContentOperation show, FaceKerning? font)
    {
        if (font is null || show.Operator != "Tj" || show.Operands is not [PdfToken { Bytes: [(byte)'<', ..] } hex])
        {
            return show;
        }

        var glyphs = HexGlyphs(hex.Bytes);
        if (glyphs is null)
        {
            return show;
        }

        List<PdfValue>? items = null;
        var start = 0;
        for (var i = 1; i < glyphs.Length; i++)
        {
            var kern = font.KernGlyphs(glyphs[i - 1], glyphs[i]);
            if (kern != 0)
            {
                items ??= [];
                items.Add(Hex(glyphs.AsSpan(start, i - start)));
                items.Add(PdfToken.Number(-kern * 1000.0 / font.UnitsPerEm));
                start = i;
            }
        }

        if (items is null)
        {
            return show;
        }

        items.Add(Hex(glyphs.AsSpan(start)));
        return ContentOperation.Of("TJ", new PdfArray(items));
    }

    /// <summary>The two-byte glyph ids of a hex string "&lt;0041 0042&gt;", or null when its digits do not make whole ids.</summary>
    private static ushort[]? HexGlyphs(byte[] token)
    {
        var digits = 0;
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (!PdfLexer.IsWhiteSpace(token[i]))
            {
                digits++;
            }
        }

        if (digits % 4 != 0)
        {
            return null;
        }

        var glyphs = new ushort[digits / 4];
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

    /// <summary>Glyph ids as an upper-case hex string token.</summary>
    private static PdfToken Hex(ReadOnlySpan<ushort> glyphs)
    {
        const string Digits = "0123456789ABCDEF";
        var bytes = new byte[(glyphs.Length * 4) + 2];
        bytes[0] = (byte)'<';
        for (var i = 0; i < glyphs.Length; i++)
        {
            for (var d = 0; d < 4; d++)
            {
                bytes[1 + (4 * i) + d] = (byte)Digits[(glyphs[i] >> (12 - (4 * d))) & 0xF];
            }
        }

        bytes[^1] = (byte)'>';
        return new PdfToken(bytes);
    }

    private static PdfDictionary ArtifactProperties(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Header => new([new("Type", PdfToken.Of("/Pagination")), new("Subtype", PdfToken.Of("/Header"))]),
        ArtifactKind.Footer => new([new("Type", PdfToken.Of("/Pagination")), new("Subtype", PdfToken.Of("/Footer"))]),
        ArtifactKind.Pagination => new([new("Type", PdfToken.Of("/Pagination"))]),
        _ => new([new("Type", PdfToken.Of("/Layout"))]),
    };

    private static PdfToken Token(double value) => PdfToken.Number(value);

    private static double Number(PdfValue value) =>
        value is PdfToken token && token.TryGetNumber(out var number) ? number : throw new FormatException("a number was expected");

    private readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
    {
        public Matrix(double[] values)
            : this(values[0], values[1], values[2], values[3], values[4], values[5])
        {
        }
    }
}

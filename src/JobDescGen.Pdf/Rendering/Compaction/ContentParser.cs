namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// Splits a content stream into operations without copying its simple operands; inline images are
/// not supported (the page is then kept as it was).
/// </summary>
internal static class ContentParser
{
    /// <summary>Fills <paramref name="operations"/> and <paramref name="operands"/> (both cleared first).</summary>
    public static void Parse(ReadOnlySpan<byte> content, List<ContentOperation> operations, List<ContentOperand> operands)
    {
        operations.Clear();
        operands.Clear();
        var first = 0;
        var lexer = new PdfLexer(content, 0);
        while (true)
        {
            lexer.SkipWhiteSpace();
            if (lexer.AtEnd)
            {
                break;
            }

            var b = content[lexer.Position];
            var word = lexer.PeekWord();
            if (b is (byte)'/' or (byte)'(' or (byte)'<' or (byte)'[' || IsOperand(word))
            {
                if (lexer.TrySkipSimpleValue(out var start))
                {
                    operands.Add(new ContentOperand(start, lexer.Position, null));
                }
                else
                {
                    var value = lexer.ReadValue();
                    operands.Add(new ContentOperand(start, lexer.Position, value));
                }

                continue;
            }

            if (word.IsEmpty)
            {
                throw new FormatException($"unexpected '{(char)b}' in a content stream");
            }

            var op = Operator(lexer.ReadWord());
            if (op is "BI" or "ID" or "EI")
            {
                throw new FormatException("inline images are not supported");
            }

            operations.Add(new ContentOperation(op, first, operands.Count - first));
            first = operands.Count;
        }

        if (operands.Count > first)
        {
            throw new FormatException("operands without an operator at the end of a content stream");
        }
    }

    // The operators PDFsharp writes, shared instead of one new string per operation.
    private static readonly string[] KnownOperators =
    [
        "BT", "ET", "Td", "Tm", "Tf", "Tj", "TJ", "TL", "Tc", "Tw", "Tz", "Tr", "Ts", "T*", "TD", "q", "Q", "cm", "re", "f", "f*", "S", "s",
        "m", "l", "c", "v", "y", "h", "n", "W", "W*", "w", "J", "j", "M", "d", "ri", "i", "gs", "rg", "RG", "g", "G", "k", "K", "cs", "CS",
        "sc", "scn", "SC", "SCN", "BDC", "BMC", "EMC", "MP", "DP", "Do", "B", "B*", "b", "b*", "sh",
    ];

    private static string Operator(ReadOnlySpan<byte> word) => PdfKeys.Shared(word, KnownOperators);


    private static bool IsOperand(ReadOnlySpan<byte> word) =>
        !word.IsEmpty && (word[0] is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.'
            || word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8) || word.SequenceEqual("null"u8));
}

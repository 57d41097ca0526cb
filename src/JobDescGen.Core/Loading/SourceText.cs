using System.Text;
using JobDescGen.Diagnostics;
using JobDescGen.Loading.Files;

namespace JobDescGen.Loading;

/// <summary>
/// Reads user files (profiles, templates, label files) as text. UTF-8 is required unless a byte
/// order mark says otherwise: a Latin-1 file would otherwise turn "coördinator" into
/// "co\uFFFDrdinator" without a word, and end up in a published document.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file's text, or null after reporting why it cannot be read. With <paramref name="insideFolder"/>,
    /// a file whose real path (links resolved) lies outside that folder is refused.
    /// </summary>
    public static string? Read(string path, DiagnosticBag diagnostics, string? insideFolder = null)
    {
        var bytes = InputFile.TryRead(path, insideFolder, out var problem);
        if (bytes is null)
        {
            diagnostics.Error(SourceLocation.FileOnly(path), $"cannot read the file: {problem!.Message}", problem.Hint);
            return null;
        }

        var error = Decode(path, bytes, out var text);
        if (error is not null)
        {
            diagnostics.Add(error);
        }

        return text;
    }

    /// <summary>Decodes <paramref name="bytes"/>; returns a located diagnostic when they are not valid text.</summary>
    public static Diagnostic? Decode(string path, byte[] bytes, out string? text)
    {
        // A byte order mark names the encoding (editors on Windows still write UTF-16 with one); the
        // text after it is decoded just as strictly as text without one.
        var (encoding, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)StrictUtf8, 3),
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, 2),
            _ => (StrictUtf8, 0),
        };
        try
        {
            text = encoding.GetString(bytes, skip, bytes.Length - skip);
            return null;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            var (line, column) = encoding == StrictUtf8 ? FirstInvalidByte(bytes.AsSpan(skip)) : (1, 1);
            return new Diagnostic(
                DiagnosticSeverity.Error,
                new SourceLocation(path, line, column),
                encoding == StrictUtf8 ? "the file is not UTF-8 text" : "the file is not valid UTF-16 text (it starts with a UTF-16 byte order mark)",
                "save it as UTF-8 (your editor's 'Save with encoding' or 'File encoding' setting)");
        }
    }

    private static (int Line, int Column) FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var column = 1;
        var span = bytes;
        while (!span.IsEmpty)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(span, out var rune, out var consumed))
            {
                return (line, column);
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            span = span[consumed..];
        }

        return (line, column);
    }
}

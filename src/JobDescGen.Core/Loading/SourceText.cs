using System.Text;
using JobDescGen.Diagnostics;

namespace JobDescGen.Loading;

/// <summary>
/// Reads user files (profiles, templates, label files) as text. UTF-8 is required unless a byte
/// order mark says otherwise: a Latin-1 file would otherwise turn "coördinator" into
/// "co\uFFFDrdinator" without a word, and end up in a published document.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null after reporting why it cannot be read.</summary>
    public static string? Read(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.FileOnly(path), $"cannot read the file: {exception.Message}", "check that the file exists and is readable");
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
        // A byte order mark names the encoding (editors on Windows still write UTF-16 with one).
        if (bytes is [0xFF, 0xFE, ..] || bytes is [0xFE, 0xFF, ..] || bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
            return null;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
            return null;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            var (line, column) = FirstInvalidByte(bytes);
            return new Diagnostic(
                DiagnosticSeverity.Error,
                new SourceLocation(path, line, column),
                "the file is not UTF-8 text",
                "save it as UTF-8 (your editor's 'Save with encoding' or 'File encoding' setting)");
        }
    }

    private static (int Line, int Column) FirstInvalidByte(byte[] bytes)
    {
        var line = 1;
        var column = 1;
        var span = bytes.AsSpan();
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

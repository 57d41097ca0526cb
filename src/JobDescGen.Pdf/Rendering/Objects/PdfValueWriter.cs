namespace JobDescGen.Pdf.Rendering.Objects;

/// <summary>Writes values one after the other with the fewest separators that keep them apart.</summary>
internal static class PdfValueWriter
{
    public static void WriteSequence(IReadOnlyList<PdfValue> values, ByteBuffer output)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0 && values[i].NeedsSpaceBefore && EndsWithRegularCharacter(output))
            {
                output.Add((byte)' ');
            }

            values[i].WriteTo(output);
        }
    }

    // After ')', '>' or ']' a number or keyword starts a new token by itself.
    private static bool EndsWithRegularCharacter(ByteBuffer output) =>
        output.Count > 0 && output.Last is not ((byte)')' or (byte)'>' or (byte)']');
}

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// An operand where it lies in the content stream: a simple value (number, name, string) stays
/// bytes of the stream; an array or dictionary (rare: marked-content properties, a dash pattern)
/// is parsed, so it can be written back with the fewest separators.
/// </summary>
internal readonly record struct ContentOperand(int Start, int End, PdfValue? Compound);

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>One content-stream operation: its operands and its operator.</summary>
internal sealed record ContentOperation(List<PdfValue> Operands, string Operator)
{
    public static ContentOperation Of(string op, params PdfValue[] operands) => new([.. operands], op);
}

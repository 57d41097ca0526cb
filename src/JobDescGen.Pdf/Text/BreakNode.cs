namespace JobDescGen.Pdf.Text;

/// <summary>
/// A feasible break of total-fit line breaking, kept in the breaker's node table: <see cref="Start"/>
/// is the first item of the line that follows it, <see cref="Previous"/> the index of the node the
/// line before it starts from (-1 for the paragraph's start).
/// </summary>
internal struct BreakNode
{
    public int Position;
    public int Start;
    public int Fitness;
    public int Hyphens;
    public double Demerits;
    public bool Flagged;
    public int Previous;
    public double Ratio;
}

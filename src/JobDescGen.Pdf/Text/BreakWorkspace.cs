namespace JobDescGen.Pdf.Text;

/// <summary>
/// The scratch tables of total-fit line breaking (running sums, nodes, active list, candidates),
/// kept per thread and grown as needed: a document breaks a hundred paragraphs, and allocating
/// these for each one was most of the breaker's garbage.
/// </summary>
internal sealed class BreakWorkspace
{
    // A hostile paragraph may need very large tables; those are not kept for the next one.
    private const int MaxKeptNodes = 1 << 16;

    [ThreadStatic]
    private static BreakWorkspace? t_spare;

    public double[] SumWidth = [];
    public double[] SumStretch = [];
    public double[] SumShrink = [];
    public BreakNode[] Nodes = new BreakNode[64];
    public int[] Active = new int[64];
    public BreakCandidates? Candidates;

    /// <summary>The thread's workspace, or a new one when it is in use (a breaker never calls itself, but stay safe).</summary>
    public static BreakWorkspace Rent()
    {
        var workspace = t_spare ?? new BreakWorkspace();
        t_spare = null;
        return workspace;
    }

    public static void Return(BreakWorkspace workspace)
    {
        if (workspace.Nodes.Length <= MaxKeptNodes && workspace.SumWidth.Length <= MaxKeptNodes)
        {
            t_spare = workspace;
        }
    }

    /// <summary>Makes the running-sum tables hold at least <paramref name="length"/> entries.</summary>
    public void EnsureSums(int length)
    {
        if (SumWidth.Length < length)
        {
            var size = Math.Max(length, SumWidth.Length * 2);
            (SumWidth, SumStretch, SumShrink) = (new double[size], new double[size], new double[size]);
        }
    }

    /// <summary>The candidates table for <paramref name="maxHyphens"/>, made again only when that setting changes.</summary>
    public BreakCandidates CandidatesFor(int maxHyphens)
    {
        if (Candidates is null || Candidates.MaxHyphens != maxHyphens)
        {
            Candidates = new BreakCandidates(maxHyphens);
        }

        Candidates.Clear();
        return Candidates;
    }

    /// <summary>Adds a node to the table and returns its index.</summary>
    public int AddNode(int count, in BreakNode node)
    {
        if (count == Nodes.Length)
        {
            Array.Resize(ref Nodes, Nodes.Length * 2);
        }

        Nodes[count] = node;
        return count;
    }

    /// <summary>Appends a node index to the active list of <paramref name="count"/> entries.</summary>
    public void AddActive(int count, int node)
    {
        if (count == Active.Length)
        {
            Array.Resize(ref Active, Active.Length * 2);
        }

        Active[count] = node;
    }
}

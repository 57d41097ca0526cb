using System.Collections.Concurrent;

namespace JobDescGen.Pdf.Text;

/// <summary>
/// The advance widths of one face, filled as characters are first met: a flat table for Latin
/// letters (lock-free reads), a dictionary for the rest. Bounded by the characters a face has.
/// </summary>
internal sealed class AdvanceWidths
{
    private const int TableSize = 0x250;

    private readonly double[] _table = CreateTable();
    private readonly ConcurrentDictionary<int, double> _others = new();

    public bool TryGet(int codePoint, out double width)
    {
        width = codePoint < TableSize ? Volatile.Read(ref _table[codePoint]) : _others.GetValueOrDefault(codePoint, double.NaN);
        return !double.IsNaN(width);
    }

    /// <summary>Records a width; two threads may measure the same character at once and both write the same value.</summary>
    public void Set(int codePoint, double width)
    {
        if (codePoint < TableSize)
        {
            Volatile.Write(ref _table[codePoint], width);
        }
        else
        {
            _others[codePoint] = width;
        }
    }

    private static double[] CreateTable()
    {
        var table = new double[TableSize];
        Array.Fill(table, double.NaN);
        return table;
    }
}

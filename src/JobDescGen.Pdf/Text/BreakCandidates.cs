namespace JobDescGen.Pdf.Text;

/// <summary>
/// The best way found to reach one break, per fitness class and count of hyphenated lines before it,
/// in the order the classes were first reached (the order the new active nodes are made in, which
/// decides ties). A fixed table: this runs for every feasible pair of breaks.
/// </summary>
internal sealed class BreakCandidates(int maxHyphens)
{
    private const int FitnessClasses = 4;

    private readonly int _perFitness = Math.Max(0, maxHyphens) + 1;
    private readonly int[] _slotOfKey = CreateSlots(FitnessClasses * (Math.Max(0, maxHyphens) + 1));
    private readonly (int Fitness, int Hyphens, double Demerits, int From, double Ratio)[] _slots = new (int, int, double, int, double)[FitnessClasses * (Math.Max(0, maxHyphens) + 1)];

    public int MaxHyphens { get; } = maxHyphens;

    public int Count { get; private set; }

    /// <summary>Candidate <paramref name="index"/>; <c>From</c> is the index of the node its line starts from.</summary>
    public ref readonly (int Fitness, int Hyphens, double Demerits, int From, double Ratio) this[int index] => ref _slots[index];

    /// <summary>Keeps this way to the break if it is the first of its class or has fewer demerits than the one kept.</summary>
    public void Offer(int fitness, int hyphens, double demerits, int from, double ratio)
    {
        var key = (fitness * _perFitness) + hyphens;
        var slot = _slotOfKey[key];
        if (slot < 0)
        {
            _slotOfKey[key] = Count;
            _slots[Count++] = (fitness, hyphens, demerits, from, ratio);
        }
        else if (demerits < _slots[slot].Demerits)
        {
            _slots[slot] = (fitness, hyphens, demerits, from, ratio);
        }
    }

    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _slotOfKey[(_slots[i].Fitness * _perFitness) + _slots[i].Hyphens] = -1;
        }

        Count = 0;
    }

    private static int[] CreateSlots(int size)
    {
        var slots = new int[size];
        Array.Fill(slots, -1);
        return slots;
    }
}

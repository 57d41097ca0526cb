using System.Globalization;

namespace JobDescGen.Loading.Text;

/// <summary>
/// The Unicode tables NFC needs (combining classes, canonical decompositions, primary composites),
/// read once from the embedded nfc-data.txt that scripts/unicode-nfc-data.py writes.
/// </summary>
internal sealed class NfcData
{
    private static readonly Lazy<NfcData> Shared = new(Load);

    private NfcData(Dictionary<int, int> classes, Dictionary<int, int[]> decompositions, Dictionary<long, int> composites)
    {
        Classes = classes;
        Decompositions = decompositions;
        Composites = composites;
    }

    public static NfcData Instance => Shared.Value;

    /// <summary>Canonical combining class by code point; absent means 0 (a starter).</summary>
    public Dictionary<int, int> Classes { get; }

    /// <summary>Full canonical decomposition by code point (Hangul syllables are computed instead).</summary>
    public Dictionary<int, int[]> Decompositions { get; }

    /// <summary>The primary composite of a pair, keyed by <see cref="Pair"/>.</summary>
    public Dictionary<long, int> Composites { get; }

    public static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    private static NfcData Load()
    {
        using var stream = typeof(NfcData).Assembly.GetManifestResourceStream("unicode/nfc-data.txt")
            ?? throw new InvalidOperationException("the embedded resource unicode/nfc-data.txt is missing");
        using var reader = new StreamReader(stream);
        var classes = new Dictionary<int, int>();
        var decompositions = new Dictionary<int, int[]>();
        var composites = new Dictionary<long, int>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            var values = parts.Skip(1).Select(p => int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            switch (parts[0])
            {
                case "C":
                    // The class is written in decimal.
                    classes[values[0]] = int.Parse(parts[2], CultureInfo.InvariantCulture);
                    break;
                case "D":
                    decompositions[values[0]] = values[1..];
                    break;
                case "P":
                    composites[Pair(values[0], values[1])] = values[2];
                    break;
            }
        }

        return new NfcData(classes, decompositions, composites);
    }
}

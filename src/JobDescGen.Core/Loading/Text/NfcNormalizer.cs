using System.Text;

namespace JobDescGen.Loading.Text;

/// <summary>
/// Unicode Normalization Form C (UAX #15): a decomposed "é" (e + U+0301) becomes the one character
/// "é". The tool runs with invariant globalization, where <see cref="string.Normalize()"/> leaves
/// such text unchanged, so it carries its own tables. Nothing else is rewritten: apostrophes,
/// ellipses and compatibility characters (ﬁ, ², non-breaking spaces) stay as written.
/// </summary>
internal static class NfcNormalizer
{
    // Below U+0300 every character is already in NFC and none combines with what precedes it.
    private const char FirstCombining = '\u0300';

    // From U+2002 (U+2000 and U+2001 decompose) to U+20CF, general punctuation and currency signs
    // (’ – … €, common in profiles) have no canonical decomposition, class or composition: text
    // whose characters from U+0300 up all lie here is NFC, and the tables are not even read (a cold
    // run's two milliseconds). A test checks the range against the tables.
    internal const char FirstInert = '\u2002';
    internal const char LastInert = '\u20CF';

    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>The NFC form of <paramref name="text"/> (the same instance when it is already plain).</summary>
    public static string Normalize(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange(FirstCombining, (char)(FirstInert - 1)) < 0 && span.IndexOfAnyInRange((char)(LastInert + 1), char.MaxValue) < 0)
        {
            return text;
        }

        return NormalizeWithTables(text);
    }

    /// <summary>NFC by the tables, for any text (<see cref="Normalize"/> skips text it knows is plain).</summary>
    internal static string NormalizeWithTables(string text)
    {
        var data = NfcData.Instance;
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, data, points);
        }

        Reorder(points, data);
        var composed = Compose(points, data);
        var result = new StringBuilder(text.Length);
        foreach (var point in composed)
        {
            result.Append(char.ConvertFromUtf32(point));
        }

        return result.ToString();
    }

    private static void Decompose(int point, NfcData data, List<int> into)
    {
        if (point is >= SBase and < SBase + SCount)
        {
            var index = point - SBase;
            into.Add(LBase + (index / NCount));
            into.Add(VBase + (index % NCount / TCount));
            if (index % TCount != 0)
            {
                into.Add(TBase + (index % TCount));
            }
        }
        else if (data.Decompositions.TryGetValue(point, out var parts))
        {
            into.AddRange(parts);
        }
        else
        {
            into.Add(point);
        }
    }

    // Marks that follow one starter are put in the order of their combining classes (stable).
    private static void Reorder(List<int> points, NfcData data)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var cls = Class(points[i], data);
            for (var j = i; cls != 0 && j > 0 && Class(points[j - 1], data) > cls; j--)
            {
                (points[j - 1], points[j]) = (points[j], points[j - 1]);
            }
        }
    }

    private static List<int> Compose(List<int> points, NfcData data)
    {
        var result = new List<int>(points.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var point in points)
        {
            var cls = Class(point, data);

            // A mark combines with the last starter unless a mark of the same or a higher class, or
            // a starter, stands between them.
            var blocked = result.Count - 1 != starter && (lastClass == 0 || lastClass >= cls);
            if (starter >= 0 && !blocked && TryCompose(result[starter], point, data, out var composite))
            {
                result[starter] = composite;
                continue;
            }

            if (cls == 0)
            {
                starter = result.Count;
            }

            lastClass = cls;
            result.Add(point);
        }

        return result;
    }

    private static bool TryCompose(int first, int second, NfcData data, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((((first - LBase) * VCount) + second - VBase) * TCount);
            return true;
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }

        return data.Composites.TryGetValue(NfcData.Pair(first, second), out composite);
    }

    private static int Class(int point, NfcData data) => point < FirstCombining ? 0 : data.Classes.GetValueOrDefault(point);
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace JobDescGen.Pdf.Rendering;

/// <summary>
/// Replaces what PDFsharp randomises on every save (the trailer /ID, the XMP document and instance
/// ids, the six-letter font-subset tags) with values derived from the rest of the file. Each value
/// keeps its length, so the cross-reference offsets stay right.
/// </summary>
internal static partial class ReproducibleOutput
{
    public static byte[] Pin(byte[] pdf)
    {
        // Latin-1 maps bytes to chars one to one, so regex offsets are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var matches = new List<(int Index, int Length, Kind Kind, string Value)>();
        // Each random value gets a key that does not depend on it: the XMP id's place, the subset's font name.
        matches.AddRange(TrailerId().Matches(text).SelectMany(m => m.Groups.Cast<Group>().Skip(1).Select(g => (g.Index, g.Length, Kind.Hex, string.Empty))));
        matches.AddRange(XmpUuid().Matches(text).Select((m, i) => (m.Groups[1].Index, m.Groups[1].Length, Kind.Uuid, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        matches.AddRange(SubsetTag().Matches(text).Select(m => (m.Groups[1].Index, m.Groups[1].Length, Kind.Tag, m.Groups[2].Value)));

        // The fingerprint of the content with every random value blanked out.
        var blanked = (byte[])pdf.Clone();
        foreach (var (index, length, _, _) in matches)
        {
            blanked.AsSpan(index, length).Fill((byte)'0');
        }

        var seed = SHA256.HashData(blanked);
        var result = (byte[])pdf.Clone();
        foreach (var (index, length, kind, key) in matches)
        {
            // Same key, same replacement: a subset tag names one font in several places.
            var derived = SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes(kind + key)]);
            var replacement = kind switch
            {
                Kind.Hex => Convert.ToHexString(seed)[..length],
                Kind.Uuid => new Guid(derived.AsSpan(0, 16)).ToString("D")[..length],
                _ => new string([.. derived.Take(length).Select(b => (char)('A' + (b % 26)))]),
            };
            Encoding.ASCII.GetBytes(replacement).CopyTo(result, index);
        }

        return result;
    }

    private enum Kind
    {
        Hex,
        Uuid,
        Tag,
    }

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/([A-Z]{6})\+([A-Za-z0-9,_-]+)")]
    private static partial Regex SubsetTag();
}

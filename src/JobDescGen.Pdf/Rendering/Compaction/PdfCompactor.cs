using System.Globalization;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.TrueType;

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>
/// The last pass over a saved file: valid marked-content nesting, typed artifacts and kerning in the
/// page contents (<see cref="ContentNormalizer"/>), font subsets cut to the glyphs drawn
/// (<see cref="TrueTypeCompactor"/>), glyph widths as exact as the layout's (<see cref="ExactWidths"/>),
/// a negative FontDescriptor /Descent, every stream but the XMP metadata deflated with a complete
/// zlib trailer, and every other object packed into object streams.
/// </summary>
internal static class PdfCompactor
{
    // A page's rewritten content, before it is deflated: reused from page to page on a thread.
    [ThreadStatic]
    private static ByteBuffer? t_content;

    // The same glyphs give the same compacted, deflated font: a batch of documents shares a few
    // subsets. Each key keeps its subset (tens of kilobytes) to compare with: 64 of them at most.
    private static readonly BoundedCache<FontSubsetKey, (byte[] Font, int Length, byte[] Map)> Fonts = new(64);

    // PDFsharp deflates an image anew in every document, to the same bytes for the same logo:
    // inflating and deflating it again (about 0.1 s for 2000 × 2000 pixels) is done once per image.
    private static readonly BoundedCache<StreamContentKey, byte[]> Images = new(16);

    /// <param name="pdf">A file as PDFsharp saves it uncompressed (<c>NoCompression</c>), one cross-reference table; unchanged until this returns.</param>
    /// <param name="marks">Per page, the kinds of its artifacts and its added hyphens.</param>
    /// <param name="reuseImages">False deflates every image anew, cached or not: tests compare the two.</param>
    public static byte[] Compact(ReadOnlyMemory<byte> pdf, IReadOnlyList<PageMarks> marks, bool reuseImages = true)
    {
        var (objects, trailer) = PdfFileReader.Read(pdf);
        PdfObject? Resolve(PdfValue? value) => value is PdfReference r ? objects.GetValueOrDefault(r.Number) : null;

        var deflated = new HashSet<PdfObject>();
        var pages = new List<PdfObject>();
        CollectPages(Resolve(Resolve(trailer["Root"])?.Dictionary?["Pages"]), pages, Resolve);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i].Dictionary!;
            var resources = page["Resources"] as PdfDictionary ?? Resolve(page["Resources"])?.Dictionary;
            var fontResources = resources?["Font"] as PdfDictionary ?? Resolve(resources?["Font"])?.Dictionary;
            var fonts = new Dictionary<string, FaceKerning?>(StringComparer.Ordinal);
            foreach (var (name, reference) in fontResources?.Entries ?? [])
            {
                var baseFont = Resolve(reference)?.Dictionary?.Name("BaseFont");
                fonts[name] = baseFont is null ? null : FaceKerning.For(FaceName(baseFont));
            }

            if (Resolve(page["Contents"]) is { Stream: { } content } contents)
            {
                var plain = Plain(contents);
                var normalized = ByteBuffer.Rent(ref t_content, 64 * 1024);
                try
                {
                    ContentNormalizer.Normalize(plain, fonts, i < marks.Count ? marks[i] : PageMarks.None, normalized);
                    contents.Stream = Deflate.Compress(normalized.Written);
                }
                catch (FormatException)
                {
                    // Content this pass cannot follow (not what PDFsharp writes) stays as it was drawn.
                    contents.Stream = Deflate.Compress(plain);
                }

                ByteBuffer.Release(ref t_content);

                contents.Dictionary!.Remove("Filter");
                contents.Dictionary.Set("Filter", PdfToken.Of("/FlateDecode"));
                deflated.Add(contents);
            }
        }

        foreach (var font in objects.Values.Where(o => o.MayContain("/Type0"u8) && o.Dictionary?.Name("Subtype") == "Type0"))
        {
            if (Resolve(font.Dictionary!["ToUnicode"]) is { Stream: not null } toUnicode)
            {
                var plain = Plain(toUnicode);
                var repaired = ToUnicodeRepair.Repair(plain);
                if (!ReferenceEquals(repaired, plain))
                {
                    toUnicode.Stream = repaired;
                    toUnicode.Dictionary!.Remove("Filter");
                }
            }
        }

        var nextNumber = objects.Keys.Max() + 1;
        foreach (var font in objects.Values.Where(o => o.MayContain("/CIDFontType2"u8) && o.Dictionary?.Name("Subtype") == "CIDFontType2").ToList())
        {
            var descriptor = Resolve(font.Dictionary!["FontDescriptor"])?.Dictionary;
            if (descriptor?["Descent"] is PdfToken descent && descent.TryGetNumber(out var value) && value > 0)
            {
                // PDFsharp writes the hhea descender's magnitude; the descent lies below the baseline.
                descriptor.Set("Descent", PdfToken.Of((-value).ToString(CultureInfo.InvariantCulture)));
            }

            if (Resolve(descriptor?["FontFile2"]) is { Stream: not null } file && font.Dictionary!["CIDToGIDMap"] is null or PdfToken { Text: "/Identity" })
            {
                var subset = Plain(file);
                var widths = font.Dictionary["W"] as PdfArray;
                if (widths is not null)
                {
                    ExactWidths.Apply(widths, subset);
                }

                var (compressed, length, map) = CompactFont(subset, DrawnGlyphs(widths));
                file.Stream = compressed;
                file.Dictionary!.Set("Filter", PdfToken.Of("/FlateDecode"));
                file.Dictionary.Set("Length1", PdfToken.Of(length.ToString(CultureInfo.InvariantCulture)));
                var mapObject = new PdfObject(nextNumber++, new PdfDictionary([new("Filter", PdfToken.Of("/FlateDecode"))]), map);
                objects[mapObject.Number] = mapObject;
                deflated.Add(file);
                deflated.Add(mapObject);
                font.Dictionary.Set("CIDToGIDMap", new PdfReference(mapObject.Number, 0));
            }
        }

        foreach (var item in objects.Values)
        {
            if (item.Stream is null || deflated.Contains(item) || item.Dictionary!.Name("Type") == "Metadata")
            {
                continue;
            }

            var filter = item.Dictionary["Filter"];
            if (filter is null)
            {
                item.Stream = Deflate.Compress(item.Stream);
                item.Dictionary.Set("Filter", PdfToken.Of("/FlateDecode"));
            }
            else if (filter is PdfToken { Text: "/FlateDecode" })
            {
                // Deflated by PDFsharp (an image): without the zlib trailer; deflated again with it.
                item.Stream = reuseImages ? Images.GetOrAdd(new StreamContentKey(item.Stream), _ => Redeflate(item.Stream)) : Redeflate(item.Stream);
            }
        }

        return PdfFileWriter.Write(objects, trailer);
    }

    private static byte[] Redeflate(byte[] stream) => Deflate.Compress(Deflate.Decompress(stream));

    private static byte[] Plain(PdfObject item) =>
        item.Dictionary!["Filter"] is PdfToken { Text: "/FlateDecode" } ? Deflate.Decompress(item.Stream!) : item.Stream!;

    /// <summary>"ABCDEF+Carlito,Bold" (PDFsharp's subset name) is the face "Carlito-Bold"; "ABCDEF+Carlito" is "Carlito-Regular".</summary>
    private static string FaceName(string baseFont)
    {
        var name = baseFont[(baseFont.IndexOf('+') + 1)..];
        var comma = name.IndexOf(',');
        return comma < 0 ? name + "-Regular" : name[..comma] + "-" + name[(comma + 1)..];
    }

    /// <summary>The CIDs a /W array gives widths for: "c [w1 w2 …]" and "c1 c2 w".</summary>
    private static HashSet<int> DrawnGlyphs(PdfArray? widths)
    {
        var glyphs = new HashSet<int>();
        var items = widths?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not PdfToken first || !first.TryGetNumber(out var start))
            {
                continue;
            }

            if (i + 1 < items.Count && items[i + 1] is PdfArray list)
            {
                glyphs.UnionWith(Enumerable.Range((int)start, list.Items.Count));
                i++;
            }
            else if (i + 2 < items.Count && items[i + 1] is PdfToken last && last.TryGetNumber(out var end))
            {
                glyphs.UnionWith(Enumerable.Range((int)start, (int)end - (int)start + 1));
                i += 2;
            }
        }

        return glyphs;
    }

    private static (byte[] Font, int Length, byte[] Map) CompactFont(byte[] subset, HashSet<int> drawn) =>
        Fonts.GetOrAdd(new FontSubsetKey(subset, drawn), _ =>
        {
            var (font, map) = TrueTypeCompactor.Compact(subset, drawn);
            return (Deflate.CompressCached(font), font.Length, Deflate.CompressCached(map));
        });

    private static void CollectPages(PdfObject? node, List<PdfObject> pages, Func<PdfValue?, PdfObject?> resolve)
    {
        if (node?.Dictionary is not { } dictionary)
        {
            return;
        }

        if (dictionary.Name("Type") == "Page")
        {
            pages.Add(node);
            return;
        }

        foreach (var kid in (dictionary["Kids"] as PdfArray)?.Items ?? [])
        {
            CollectPages(resolve(kid), pages, resolve);
        }
    }
}

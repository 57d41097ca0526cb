namespace JobDescGen.Pdf.Fonts.Embedding;

/// <summary>A face cut to a set of glyphs, deflated: the font program, its length before deflating, and the deflated /CIDToGIDMap.</summary>
internal sealed record FontSubset(byte[] Program, int Length, byte[] CidToGidMap, byte[] PlainMap, string Tag);

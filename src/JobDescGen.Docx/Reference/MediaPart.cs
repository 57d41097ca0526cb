namespace JobDescGen.Docx.Reference;

/// <summary>An image of a reference document's header or footer (the logo), carried into every document.</summary>
/// <param name="RelationshipId">The id the header's XML refers to it by (kept as in the reference).</param>
/// <param name="FileName">Its file name under <c>word/media/</c> in the output.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Bytes">The image.</param>
internal sealed record MediaPart(string RelationshipId, string FileName, string ContentType, byte[] Bytes);

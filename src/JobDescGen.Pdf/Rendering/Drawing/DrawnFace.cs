using JobDescGen.Pdf.Fonts.Embedding;

namespace JobDescGen.Pdf.Rendering.Drawing;

/// <summary>The embedded font a style draws with, and what of its weight and slant is simulated (a family without a bold or italic face).</summary>
internal readonly record struct DrawnFace(EmbeddedFont Font, bool SimulateBold, bool SimulateItalic);

using JobDescGen.Diagnostics;
using JobDescGen.Pdf.Building;
using JobDescGen.Pdf.Fonts;
using JobDescGen.Pdf.Fonts.Embedding;
using JobDescGen.Pdf.Text;
using JobDescGen.Pdf.Theme;

namespace JobDescGen.Pdf;

/// <summary>
/// The one-time work of a process's first PDF — the theme's font files, their character maps,
/// kerning and embedding tables, each paragraph style's measuring tables — started on another core
/// while the command loads the profile and renders the template, so a cold <c>generate</c> does not wait for it.
/// </summary>
internal static class PdfWarmUp
{
    public static void Start(string? templatesDirectory) =>
        ThreadPool.UnsafeQueueUserWorkItem(_ => Run(templatesDirectory), null);

    internal static void Run(string? templatesDirectory)
    {
        try
        {
            // A broken theme is reported by the writer the command creates; here it just ends the warm-up.
            if (ThemeLoader.Load(templatesDirectory, new DiagnosticBag()) is not { } theme)
            {
                return;
            }

            var styles = new StyleSheet(theme);
            foreach (var format in new[] { styles.Body, styles.Title, styles.Section, styles.Subsection, styles.Notice, styles.Bullet, styles.Furniture })
            {
                FontMeasurer.Shared.Width("a", format.Style);

                // The face files as the writer embeds them: glyph, width and descriptor tables.
                FaceProgram.For(BundledFonts.FaceName(format.Style.Family, format.Style.Bold, format.Style.Italic));
            }
        }
#pragma warning disable CA1031 // Only work done ahead: the document's own run does it again and reports what fails.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}

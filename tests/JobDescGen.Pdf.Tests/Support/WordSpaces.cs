using JobDescGen.Pdf.Layout;
using JobDescGen.Pdf.Text;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>
/// The word spaces of laid-out pages as the PDF draws them, in multiples of the natural space of
/// their type: what scripts/word-spacing.py measures from a PDF, taken from the layout itself.
/// </summary>
internal static class WordSpaces
{
    /// <summary>
    /// Every line whose spaces were stretched or tightened, or that ends at the column's right edge
    /// (a justified line): its text, the mean of its spaces, the widest and the narrowest one.
    /// </summary>
    public static List<(string Text, double Mean, double Widest, double Narrowest)> JustifiedLines(PageLayout layout)
    {
        var lines = new List<(string, double, double, double)>();
        foreach (var page in layout.Pages)
        {
            var recorder = new RecordingDrawContext();
            page.Draw(recorder, 0, 0, layout.Width);
            var texts = recorder.Texts;
            var spaces = new List<double>();
            var line = new System.Text.StringBuilder();
            for (var i = 0; i < texts.Count; i++)
            {
                var (text, style, x, baseline) = texts[i];
                line.Append(text);
                var end = x + FontMeasurer.Shared.Width(text.TrimEnd(' '), style);

                // A paragraph draws a line's runs one after the other, left to right, on one baseline.
                var sameLine = i + 1 < texts.Count && texts[i + 1].Baseline == baseline && texts[i + 1].X > x;
                if (sameLine && text.EndsWith(' '))
                {
                    spaces.Add((texts[i + 1].X - end) / FontMeasurer.Shared.Width(" ", style));
                }

                if (!sameLine)
                {
                    var adjusted = spaces.Exists(s => Math.Abs(s - 1) > 1e-6) || Math.Abs(end - layout.Width) < 0.01;
                    if (spaces.Count > 0 && adjusted)
                    {
                        lines.Add((line.ToString(), spaces.Average(), spaces.Max(), spaces.Min()));
                    }

                    spaces.Clear();
                    line.Clear();
                }
            }
        }

        return lines;
    }
}

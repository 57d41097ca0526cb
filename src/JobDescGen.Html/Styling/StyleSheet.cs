using System.Globalization;
using System.Text;
using JobDescGen.Marking;
using JobDescGen.Pdf.Theme;
using PdfSharp.Drawing;

namespace JobDescGen.Html.Styling;

/// <summary>
/// The page's CSS, made from the theme the PDF uses: its colours, font, type sizes and spacing for
/// the screen (sizes relative to the reader's font size, so zooming and larger default text work),
/// and for print an A4 (or Letter) page with the theme's margins, running header, footer and page
/// numbers.
/// </summary>
internal sealed class StyleSheet
{
    private readonly PdfTheme _theme;
    private readonly string _themeRules;

    public StyleSheet(PdfTheme theme)
    {
        _theme = theme;
        _themeRules = ThemeRules(theme);
    }

    /// <summary>The stylesheet of <paramref name="document"/>: the theme's rules and its printed page's.</summary>
    public string For(RenderedDocument document) => _themeRules + PageRules(document);

    private static string ThemeRules(PdfTheme t)
    {
        // Sizes in the theme are points at the body size: as rem they keep their proportions on a
        // screen, where 1rem is the reader's text size, and in print, where 1rem is the theme's.
        string Rem(double points) => Number(points / t.BodySize) + "rem";
        // On a phone the title shrinks with the screen (never below 1.25rem) so that a long word
        // such as "Personeelsadministratie" fits its line: headings are never hyphenated, and
        // overflow-wrap would otherwise cut the word without a hyphen.
        var titleSize = $"min({Rem(t.TitleSize)},max(1.25rem,7vw))";
        var justify = t.Align == TextAlignment.Justify ? "p{text-align:justify;hyphens:auto}li p,td p{text-align:left}" : string.Empty;
        var css = new StringBuilder(4096);
        css.Append($$"""
            *,*::before,*::after{box-sizing:border-box}
            html{font-family:{{FontStack(t)}};font-size:106.25%;line-height:{{Number(t.LineHeight)}};color:{{Hex(t.TextColor)}};background:#fff;-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0 auto;max-width:46rem;padding:1.5rem 1rem 2rem;overflow-wrap:break-word}
            h1,h2,h3,h4,h5,h6{color:{{Hex(t.HeadingColor)}};line-height:1.2;font-weight:bold}
            h1{font-size:{{titleSize}};margin:0 0 .3rem}
            h2{font-size:{{Rem(t.SectionSize)}};margin:{{Rem(t.SectionSpacing)}} 0 .6rem;padding-bottom:{{Rem(t.HeadingRuleGap)}};border-bottom:{{Number(t.HeadingRuleWidth)}}pt solid {{Hex(t.AccentColor)}};}
            h3{font-size:{{Rem(t.SubsectionSize)}};margin:{{Rem(t.SubsectionSpacing)}} 0 .2rem;color:{{Hex(t.AccentColor)}};}
            h4,h5,h6{font-size:1rem;margin:{{Rem(t.SubsectionSpacing)}} 0 .2rem}
            p{margin:0 0 {{Rem(t.ParagraphSpacing)}};}
            .byline{color:{{Hex(t.MutedColor)}};margin-bottom:1rem}
            .page-header{position:relative}
            .logo{float:right;width:{{Number(t.LogoWidth)}}pt;max-width:30%;height:auto;margin:0 0 .5rem 1rem}
            .lead-in{margin:.8rem 0 .3rem}
            ul,ol{margin:0 0 {{Rem(t.ParagraphSpacing)}};padding-left:{{Rem(t.ListIndent)}};}
            li{margin:{{Rem(t.ListItemSpacing)}} 0}
            ul>li::marker{color:{{Hex(t.AccentColor)}};}
            .definitions li:target{background:{{Hex(t.NoticeBackground)}};}
            .notice{margin:1rem 0;padding:{{Rem(t.NoticePadding)}};background:{{Hex(t.NoticeBackground)}};border-left:{{Number(t.NoticeBarWidth)}}pt solid {{Hex(t.AccentColor)}};font-size:{{Rem(t.NoticeSize)}};font-style:italic;color:{{Hex(t.MutedColor)}};}
            .notice>:last-child{margin-bottom:0}
            blockquote{margin:1rem 0;padding-left:1rem;border-left:{{Number(t.NoticeBarWidth)}}pt solid {{Hex(t.BreakColor)}};}
            hr{border:0;border-top:1px solid {{Hex(t.BreakColor)}};margin:1rem 0}
            a{color:{{Hex(t.AccentColor)}};}
            :focus-visible{outline:2px solid {{Hex(t.AccentColor)}};outline-offset:2px}
            .ref{color:{{Hex(t.AccentColor)}};font-weight:bold;font-size:.8em;vertical-align:super;line-height:0;padding:0 .1em;text-decoration:none}
            a.ref:hover,a.ref:focus-visible{text-decoration:underline}
            .ref-target{color:{{Hex(t.AccentColor)}};}
            .area.optional{border-left:2px dashed {{Hex(t.TableRuleColor)}};padding-left:.75rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
            .table-scroll{overflow-x:auto}
            th,td{text-align:left;vertical-align:top;padding:{{Rem(t.TablePaddingY)}} {{Rem(t.TablePaddingX)}};}
            thead th{background:{{Hex(t.TableHeaderBackground)}};color:{{Hex(t.TableHeaderColor)}};}
            tbody tr{border-bottom:{{Number(t.TableRuleWidth)}}pt solid {{Hex(t.TableRuleColor)}};}
            tbody tr:nth-child(even){background:{{Hex(t.TableStripeBackground)}};}
            tbody th{color:{{Hex(t.HeadingColor)}};}
            table.criteria tbody th{width:{{Number(t.TableFirstColumn * 100)}}%}
            .align-center{text-align:center}
            .align-right{text-align:right}
            .page-footer{margin-top:2rem;padding-top:.5rem;border-top:{{Number(t.FurnitureRuleWidth)}}pt solid {{Hex(t.FurnitureRuleColor)}};color:{{Hex(t.FurnitureColor)}};font-size:{{Rem(t.FurnitureSize)}};}
            .sr-only,caption{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
            @media (max-width:30rem){body{padding:1rem .75rem 1.5rem}th,td{padding-left:.35rem;padding-right:.35rem}table.criteria tbody th{width:auto}
            }
            @media print{
            html{font-size:{{Number(t.BodySize)}}pt;background:none}
            body{max-width:none;margin:0;padding:0}
            .table-scroll{overflow:visible}
            {{justify}}
            .page-footer{display:none}
            a{color:inherit;text-decoration:none}
            h1,h2,h3,h4,h5,h6,.lead-in{break-after:avoid}
            tr,li,.notice,.statement{break-inside:avoid}
            thead{display:table-header-group}
            .definitions li:target{background:none}
            }

            """);
        return css.ToString();
    }

    private string PageRules(RenderedDocument document)
    {
        var t = _theme;
        var facts = document.Facts;
        var furniture = $"font-family:{FontStack(t)};font-size:{Number(t.FurnitureSize)}pt;color:{Hex(t.FurnitureColor)}";
        var rule = $"{Number(t.FurnitureRuleWidth)}pt solid {Hex(t.FurnitureRuleColor)}";
        return $$"""
            @page{size:{{Number(t.PageWidth)}}pt {{Number(t.PageHeight)}}pt;margin:{{Number(t.Margins.Top)}}pt {{Number(t.Margins.Right)}}pt {{Number(t.Margins.Bottom)}}pt {{Number(t.Margins.Left)}}pt;
            @top-left{content:{{CssString.Quote(facts.HeaderText)}};{{furniture}};vertical-align:bottom;padding-bottom:4pt;border-bottom:{{rule}}}
            @bottom-left{content:{{CssString.Quote(facts.FooterText)}};{{furniture}};vertical-align:top;padding-top:4pt;border-top:{{rule}}}
            @bottom-right{content:{{PageCounterContent.For(document.Label("page"))}};{{furniture}};white-space:nowrap;vertical-align:top;padding-top:4pt;border-top:{{rule}};}
            }
            @page:first{@top-left{content:none;border:0}
            }

            """;
    }

    // The theme's family first; then Calibri, which Carlito matches metric for metric, then common sans
    // serifs; then the theme's fallback families, which a browser takes per character, as the PDF does,
    // for symbols and emoji the others lack.
    private static string FontStack(PdfTheme theme) =>
        $"{CssString.Quote(theme.FontFamily)},Calibri,\"Segoe UI\",Arial,{string.Concat(theme.FontFallback.Select(f => CssString.Quote(f) + ","))}sans-serif";

    private static string Hex(XColor color) => $"#{color.R:X2}{color.G:X2}{color.B:X2}";

    private static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}

namespace JobDescGen.Cli.Infrastructure;

/// <summary>The output formats of <c>generate</c>; the name is also the file extension.</summary>
public enum DocumentFormat
{
    /// <summary>CommonMark/GFM Markdown.</summary>
    Md,

    /// <summary>Tagged A4 PDF, styled by the theme (theme.yaml).</summary>
    Pdf,
}

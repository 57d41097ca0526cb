namespace JobDescGen.Pdf.Text;

/// <summary>Why a word may be broken at a place inside it, which decides the cost and what is drawn there.</summary>
internal enum BreakKind
{
    /// <summary>A hyphenation pattern's point: a hyphen is drawn.</summary>
    Pattern,

    /// <summary>A soft hyphen of the text: the author's preferred point; a hyphen is drawn.</summary>
    Soft,

    /// <summary>Right after a hyphen written in the word ("ICT-project"): nothing more is drawn.</summary>
    AfterHyphen,

    /// <summary>A zero-width space: a free break, nothing drawn, not a hyphenated line.</summary>
    ZeroWidth,

    /// <summary>Inside a web or e-mail address (<see cref="AddressBreaks"/>): nothing drawn, not a hyphenated line, at a cost.</summary>
    Address,
}

namespace JobDescGen.Pdf.Layout;

/// <summary>The layout met a block that can never fit on a page (a theme whose sizes leave too little room).</summary>
internal sealed class PageOverflowException(string message) : Exception(message);

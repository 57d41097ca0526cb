using System.Text.RegularExpressions;

namespace JobDescGen.Pdf.Tests.Support;

/// <summary>Checks that text objects, saved states and marked content nest inside each other in a content stream.</summary>
internal static partial class ContentNesting
{
    /// <summary>The first nesting fault, or null when BT/ET, q/Q and BDC/BMC/EMC all nest properly.</summary>
    public static string? FirstFault(string content)
    {
        var open = new Stack<string>();
        foreach (Match match in Operator().Matches(Strings().Replace(content, "()")))
        {
            var op = match.Value;
            switch (op)
            {
                case "BT" or "q" or "BDC" or "BMC":
                    open.Push(op is "BDC" or "BMC" ? "marked" : op);
                    break;
                case "ET" or "Q" or "EMC":
                    var expected = op switch { "ET" => "BT", "Q" => "q", _ => "marked" };
                    if (open.Count == 0 || open.Peek() != expected)
                    {
                        return $"'{op}' at {match.Index} closes {(open.Count == 0 ? "nothing" : open.Peek())}";
                    }

                    open.Pop();
                    break;
            }
        }

        return open.Count == 0 ? null : $"'{open.Peek()}' is never closed";
    }

    // Operators are whole words; hex and literal strings hold no operators once emptied.
    [GeneratedRegex(@"(?<![\w/])(BT|ET|q|Q|BDC|BMC|EMC)(?!\w)")]
    private static partial Regex Operator();

    [GeneratedRegex(@"<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)")]
    private static partial Regex Strings();
}

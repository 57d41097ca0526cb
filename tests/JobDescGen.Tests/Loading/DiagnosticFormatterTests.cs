using JobDescGen.Diagnostics;
using Xunit;

namespace JobDescGen.Tests.Loading;

public sealed class DiagnosticFormatterTests
{
    [Fact]
    public void Prints_headline_source_line_caret_and_hint()
    {
        var formatter = new DiagnosticFormatter(_ => ["id: x", "tilte: y"]);
        var text = formatter.Format(new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("p.yaml", 2, 1), "unknown key 'tilte'", "did you mean 'title'?"));
        Assert.Equal("p.yaml:2:1: error: unknown key 'tilte'\n  tilte: y\n  ^\n  hint: did you mean 'title'?\n", text);
    }

    [Fact]
    public void The_caret_follows_tabs_and_columns()
    {
        var formatter = new DiagnosticFormatter(_ => ["\tkey: value"]);
        var text = formatter.Format(new Diagnostic(DiagnosticSeverity.Warning, new SourceLocation("p.yaml", 1, 7), "m"));
        Assert.Equal("p.yaml:1:7: warning: m\n  \tkey: value\n  \t     ^\n", text);
    }

    [Fact]
    public void A_file_level_diagnostic_has_no_source_line()
    {
        var formatter = new DiagnosticFormatter(_ => throw new InvalidOperationException("must not read"));
        Assert.Equal("dir: error: m\n", formatter.Format(new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly("dir"), "m")));
    }

    [Fact]
    public void FormatAll_counts_errors_and_warnings()
    {
        var formatter = new DiagnosticFormatter(_ => null);
        var all = formatter.FormatAll([
            new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly("a"), "x"),
            new Diagnostic(DiagnosticSeverity.Warning, SourceLocation.FileOnly("a"), "y"),
            new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly("a"), "z"),
        ]);
        Assert.EndsWith("2 errors, 1 warning\n", all, StringComparison.Ordinal);
    }
}

using JobDescGen.Diagnostics;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12: a diagnostic echoes at most about 200 characters of its source line (a 1 MB line gave
/// 1 MB of output), and nothing from a user's file reaches the terminal as a control character.
/// </summary>
public sealed class DiagnosticEchoTests
{
    [Fact]
    public void A_megabyte_line_is_echoed_as_a_window_around_the_column_with_the_caret_under_it()
    {
        var line = new string('a', 500_000) + "X" + new string('b', 500_000);
        var formatter = new DiagnosticFormatter(_ => [line]);

        var text = formatter.Format(new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("f.yaml", 1, 500_001), "bad", null));

        var lines = text.Split('\n');
        Assert.True(text.Length < 600, $"{text.Length} characters");
        Assert.Equal(2 + 1 + DiagnosticFormatter.MaxEchoedCharacters + 1, lines[1].Length);
        Assert.Equal('X', lines[1][lines[2].IndexOf('^', StringComparison.Ordinal)]);
        Assert.StartsWith("  …", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_line_is_echoed_whole()
    {
        var formatter = new DiagnosticFormatter(_ => ["level: B"]);

        var text = formatter.Format(new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("B.yaml", 1, 8), "no statement", null));

        Assert.Equal("B.yaml:1:8: error: no statement\n  level: B\n         ^\n", text);
    }

    [Fact]
    public void Escape_sequences_in_a_source_line_message_and_hint_are_shown_visibly()
    {
        var formatter = new DiagnosticFormatter(_ => ["# \u001b]0;pwned\u0007 \u009b2J"]);

        var text = formatter.Format(new Diagnostic(DiagnosticSeverity.Error, new SourceLocation("f\u001b[2J.yaml", 1, 3), "bad \u001b[31m", "hint \u001b]8;;x\u001b\\"));

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.Contains("# ␛]0;pwned␇ <U+009B>2J", text, StringComparison.Ordinal);
        Assert.Contains("f␛[2J.yaml:1:3: error: bad ␛[31m", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    [InlineData("crlf\r\nkept", "crlf\r\nkept")]
    [InlineData("bare\rreturn", "bare␍return")]
    [InlineData("\u001b[2J", "␛[2J")]
    [InlineData("del\u007f", "del␡")]
    [InlineData("csi\u009b", "csi<U+009B>")]
    public void Control_characters_are_neutralised_one_by_one(string text, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Neutralise(text));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_pairs_stay()
    {
        Assert.Equal("lone\ufffd and \ufffd", ControlCharacters.Neutralise("lone\ud800 and \udc00"));
        Assert.Equal("pair\ud83d\ude00", ControlCharacters.Neutralise("pair\ud83d\ude00"));
    }
}

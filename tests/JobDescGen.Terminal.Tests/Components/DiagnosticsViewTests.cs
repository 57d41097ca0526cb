using JobDescGen.Diagnostics;
using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using Xunit;

namespace JobDescGen.Terminal.Tests.Components;

public sealed class DiagnosticsViewTests
{
    [Fact]
    public void Shows_located_errors_with_wrapped_hints_and_a_count()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jobdescgen-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "level: A1\ncriteria: [\n");
        try
        {
            var diagnostics = new[]
            {
                new Diagnostic(DiagnosticSeverity.Error, new SourceLocation(file, 2, 11), "YAML syntax error", "check the indentation and quoting on this line and the line before it, then save the file again to see the document"),
                new Diagnostic(DiagnosticSeverity.Warning, SourceLocation.FileOnly(file), "unused definition"),
            };

            var lines = Render.Lines(Render.ToText(new DiagnosticsView(diagnostics, PreviewTheme.Default), 100));

            Assert.Equal($"{file}:2:11: error: YAML syntax error", lines[0]);
            Assert.Equal("  criteria: [", lines[1]);
            Assert.Equal("            ^", lines[2]);
            Assert.Equal("  hint: check the indentation and quoting on this line and the line before it, then save the file", lines[3]);
            Assert.Equal("        again to see the document", lines[4]);
            Assert.Equal($"{file}: warning: unused definition", lines[5]);
            Assert.Equal("1 error, 1 warning", lines[^1]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

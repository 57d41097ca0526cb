using System.Globalization;
using BenchmarkDotNet.Running;
using JobDescGen.Benchmarks;

// '--loop LEVEL SECONDS [--profiles DIR] [--layout-only] [--cold]': the plain warm loop (see WarmPdfLoop);
// anything else goes to BenchmarkDotNet.
if (args is ["--loop", var level, var seconds, .. var options])
{
    var profiles = Array.IndexOf(options, "--profiles") is var at and >= 0 && at + 1 < options.Length ? options[at + 1] : null;
    WarmPdfLoop.Run(level, double.Parse(seconds, CultureInfo.InvariantCulture), profiles, options.Contains("--layout-only"), options.Contains("--cold"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PdfBenchmarks).Assembly).Run(args);

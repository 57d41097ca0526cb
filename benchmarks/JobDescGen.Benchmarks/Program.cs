using System.Globalization;
using BenchmarkDotNet.Running;
using JobDescGen.Benchmarks;

// '--loop LEVEL SECONDS': the plain warm loop (see WarmPdfLoop); anything else goes to BenchmarkDotNet.
if (args is ["--loop", var level, var seconds])
{
    WarmPdfLoop.Run(level, double.Parse(seconds, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PdfBenchmarks).Assembly).Run(args);

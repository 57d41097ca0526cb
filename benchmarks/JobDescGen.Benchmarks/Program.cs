using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(JobDescGen.Benchmarks.PdfBenchmarks).Assembly).Run(args);

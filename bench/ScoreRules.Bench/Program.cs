using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Bench;

/// <summary>
/// Entry point. With no mode it runs the BenchmarkDotNet short-run job in process; other arguments are
/// passed to BenchmarkDotNet (e.g. <c>--artifacts DIR</c>). Modes:
/// <c>generate N</c> prints the generated policy of N lines;
/// <c>parse DIR</c> parses every .score file under DIR as one process (exit 1 on any error).
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks or one of the modes.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>0 on success, 1 when <c>parse</c> found errors or a benchmark failed.</returns>
    public static int Main(string[] args)
    {
        if (args is ["generate", var lines])
        {
            Console.Out.Write(PolicyGenerator.Generate(int.Parse(lines, CultureInfo.InvariantCulture)));
            return 0;
        }
        if (args is ["parse", var folder])
            return ParseFolder(folder);

        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddExporter(MarkdownExporter.GitHub, JsonExporter.Full);
        // Without --filter BenchmarkDotNet would ask on the console which benchmarks to run.
        string[] benchmarkArgs = args.Contains("--filter") ? args : [.. args, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int ParseFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.score", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var errors = 0;
        foreach (var file in files)
            errors += ScoreParser.ParseFile(file).Diagnostics.Count(d => d.IsError);
        Console.WriteLine($"{files.Count} files, {errors} errors");
        return errors == 0 ? 0 : 1;
    }
}

using BenchmarkDotNet.Attributes;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Text;

namespace ScoreRules.Bench;

/// <summary>Parse time of a generated 10,000-line policy (target: under 100 ms after warm-up).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    /// <summary>Lines in the generated policy.</summary>
    public const int Lines = 10_000;

    private string _text = "";
    private SourceText _source = new("generated.score", "");

    /// <summary>Generates the policy once and makes sure it parses without diagnostics.</summary>
    /// <exception cref="InvalidOperationException">The generated policy does not parse cleanly.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _text = PolicyGenerator.Generate(Lines);
        _source = new SourceText("generated.score", _text);
        var result = ScoreParser.Parse(_source);
        if (result.Diagnostics.Count > 0)
            throw new InvalidOperationException("the generated policy has diagnostics: " + result.Diagnostics[0]);
        var check = PolicyChecker.Check([_source]);
        if (check.HasErrors)
            throw new InvalidOperationException("the generated policy has check errors: " + check.Diagnostics.First(d => d.IsError));
    }

    /// <summary>Lexing and parsing of the whole text, from string to tree.</summary>
    /// <returns>The number of declarations, so the work is not optimised away.</returns>
    [Benchmark(Description = "Parse 10,000-line policy")]
    public int Parse() => ScoreParser.Parse("generated.score", _text).Tree.Declarations.Count;

    /// <summary>Parse plus every checker pass, in memory (target: under 100 ms after warm-up).</summary>
    /// <returns>The number of diagnostics, so the work is not optimised away.</returns>
    [Benchmark(Description = "Parse + check 10,000-line policy")]
    public int ParseAndCheck() => PolicyChecker.Check([_source]).Diagnostics.Count;

    /// <summary>The lexer alone, to see how parse time splits.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Description = "Lex 10,000-line policy")]
    public int Lex() => Lexer.Lex(_source).Tokens.Count;
}

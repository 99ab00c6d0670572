namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// How an evaluation runs. The defaults are the safe ones: C# formulas off.
/// </summary>
public sealed record EvaluationOptions
{
    /// <summary>The default time limit of one call of a C# formula: 100 ms.</summary>
    public static readonly TimeSpan DefaultCSharpTimeLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// True to run <c>value csharp</c> and <c>score csharp</c> formulas (the CLI's <c>--allow-csharp</c>). When false,
    /// a metric with a C# formula gets status Error with a message saying so, and everything else is evaluated as
    /// usual. Rule files are reviewed like code, not trusted: allow C# only for rules you have read.
    /// </summary>
    public bool AllowCSharp { get; init; }

    /// <summary>
    /// The longest one call of a C# formula (one person, one metric) may run; past it the formula is stopped and the
    /// metric gets status Error. Default <see cref="DefaultCSharpTimeLimit"/>. The first call of each formula also
    /// pays for compiling it to machine code, a few milliseconds.
    /// </summary>
    public TimeSpan CSharpTimeLimit { get; init; } = DefaultCSharpTimeLimit;

    /// <summary>
    /// How many people may be evaluated at once: null (the default) for one per processor, 1 to evaluate them one
    /// after another. The result does not depend on it.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The defaults: C# off, 100 ms per call, one person per processor at once.</summary>
    public static EvaluationOptions Default { get; } = new();
}

namespace ScoreRules.Engine.CSharp;

/// <summary>Raised by <see cref="CSharpFormulaCompiler.Compiled"/> after each compilation of a policy's formulas.</summary>
/// <param name="Key">The program's cache key (<see cref="CSharpFormulaProgram.Key"/>).</param>
/// <param name="FormulaCount">How many formulas the one compilation held.</param>
/// <param name="ProblemCount">How many problems it found.</param>
public sealed record CSharpCompilationInfo(string Key, int FormulaCount, int ProblemCount);

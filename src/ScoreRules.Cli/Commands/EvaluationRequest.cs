namespace ScoreRules.Cli.Commands;

/// <summary>What the user asked <c>eval</c> or <c>explain</c> to evaluate.</summary>
/// <param name="Rules">The policy folder or file, as typed.</param>
/// <param name="Data">The data folder, as typed.</param>
/// <param name="Period">The period text, e.g. 2026-03.</param>
/// <param name="Person">Only this person, or null for everyone.</param>
/// <param name="WarningsAsErrors">Rule warnings stop the command like errors.</param>
/// <param name="AllowCSharp">Run the policy's C# formulas (<c>--allow-csharp</c>); without it they give the error status.</param>
internal sealed record EvaluationRequest(string Rules, string Data, string Period, string? Person, bool WarningsAsErrors, bool AllowCSharp = false);

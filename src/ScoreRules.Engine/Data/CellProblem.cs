namespace ScoreRules.Engine.Data;

/// <summary>Why one cell could not be read.</summary>
/// <param name="Code">The diagnostic code (see <see cref="DataCodes"/>).</param>
/// <param name="Reason">A short reason for the skip counts, e.g. <c>csat: not a number</c>.</param>
/// <param name="Message">The full message for the author.</param>
internal readonly record struct CellProblem(string Code, string Reason, string Message);

namespace ScoreRules.Testing.Running;

/// <summary>
/// Why a test could not run or an expectation could not be evaluated: a place and a message for an HR
/// author. Rendered as <c>path:line:col: message</c>, the form editors and CI problem matchers read.
/// </summary>
/// <param name="Location">Where: <c>path:line:col</c> of a rule file (a test, a table, a cell) or of a data file (<c>path:row:col</c>).</param>
/// <param name="Message">What is wrong, e.g. <c>error SD001: "abc" is not a number …</c>.</param>
public sealed record TestProblem(string Location, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Message}";
}

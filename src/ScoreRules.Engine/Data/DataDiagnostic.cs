namespace ScoreRules.Engine.Data;

/// <summary>
/// A problem in a data file: which file, row and column, the code and message. Rendered as
/// <c>file:row:col: error SD001: message</c>; row and column are 1-based, 0 when not applicable
/// (e.g. a missing file).
/// </summary>
/// <param name="Path">The data file as the user named it.</param>
/// <param name="Row">1-based data row (the header row is 1 in a CSV file, so the first data row is 2), or 0.</param>
/// <param name="Column">1-based column number, or 0.</param>
/// <param name="Code">A stable code: SD0xx (see docs/data.md).</param>
/// <param name="IsError">True for errors, false for warnings.</param>
/// <param name="Message">What was found and what was expected, for an HR author.</param>
public sealed record DataDiagnostic(string Path, int Row, int Column, string Code, bool IsError, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Path}:{Row}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}

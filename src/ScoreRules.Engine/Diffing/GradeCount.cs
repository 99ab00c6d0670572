namespace ScoreRules.Engine.Diffing;

/// <summary>How many people get a grade under each version.</summary>
/// <param name="Grade">The grade, e.g. B.</param>
/// <param name="Before">People with this grade under the older version.</param>
/// <param name="After">People with this grade under the newer version.</param>
public sealed record GradeCount(string Grade, int Before, int After);

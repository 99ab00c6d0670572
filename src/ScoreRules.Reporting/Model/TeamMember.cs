namespace ScoreRules.Reporting.Model;

/// <summary>One row of a team packet's cover: a person with total and grade.</summary>
/// <param name="Person">The person id.</param>
/// <param name="Name">The display name, or the id.</param>
/// <param name="Role">The role, or "".</param>
/// <param name="Total">The total with one decimal, or "—".</param>
/// <param name="Grade">The grade, or "—".</param>
/// <param name="GradeLabel">The grade's label, or "".</param>
public sealed record TeamMember(string Person, string Name, string Role, string Total, string Grade, string GradeLabel);

namespace ScoreRules.Reporting.Model;

/// <summary>An alert raised for a person.</summary>
/// <param name="Id">The alert id.</param>
/// <param name="Message">The message as the rules render it.</param>
public sealed record AlertLine(string Id, string Message);

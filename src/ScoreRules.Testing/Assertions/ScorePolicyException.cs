namespace ScoreRules.Testing.Assertions;

/// <summary>
/// Thrown by the xunit helpers when rules cannot be loaded or evaluated (check errors, a data file that does not
/// load, no version for the period) or a result is asked for that does not exist. The message lists every problem
/// in <c>path:line:col: …</c> form, so a failing test says what to fix.
/// </summary>
/// <param name="message">What went wrong.</param>
public sealed class ScorePolicyException(string message) : Exception(message);

namespace ScoreRules.Testing.Running;

/// <summary>An expectation that cannot be evaluated (unknown person or member, no data compared with a number); the test fails with the message.</summary>
internal sealed class ExpectationException(string message) : Exception(message);

namespace ScoreRules.Testing.Assertions;

/// <summary>
/// Thrown by <see cref="PolicyTestData.Run"/> when a <c>test</c> block fails; the message holds every failed
/// expectation with expected, actual, difference and <c>path:line:col</c>, as <c>scorerules test</c> prints them.
/// </summary>
/// <param name="message">The test's title and its failures.</param>
public sealed class PolicyTestFailedException(string message) : Exception(message);

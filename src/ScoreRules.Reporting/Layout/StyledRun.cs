namespace ScoreRules.Reporting.Layout;

/// <summary>A piece of inline text in one style; a <c>'\n'</c> in the text is a hard line break.</summary>
/// <param name="Text">The text.</param>
/// <param name="Style">Its style.</param>
internal readonly record struct StyledRun(string Text, TextStyle Style);

namespace ScoreRules.Language.Formatting;

/// <summary>What a <see cref="LayoutLine"/> holds, which decides where comments and blank lines may go.</summary>
internal enum LineRole
{
    /// <summary>A whole statement, or a one-line declaration (import, alert).</summary>
    Statement,
    /// <summary>The first line of a block, ending in <c>{</c>: no blank line may follow it.</summary>
    Open,
    /// <summary>A closing <c>}</c>: comments before it are indented as the block's contents.</summary>
    Close,
    /// <summary>A table row: a comment can never follow it on its line (it would become a cell).</summary>
    Row,
}

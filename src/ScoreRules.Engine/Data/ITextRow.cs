namespace ScoreRules.Engine.Data;

/// <summary>The text cells of one row of a delimited file, by 0-based position, as spans of the reader's buffer.</summary>
internal interface ITextRow
{
    /// <summary>The text of the cell at <paramref name="position"/> (unquoted).</summary>
    ReadOnlySpan<char> this[int position] { get; }
}

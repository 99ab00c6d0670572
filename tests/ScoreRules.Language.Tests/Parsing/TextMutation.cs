namespace ScoreRules.Language.Tests.Parsing;

/// <summary>The ways <see cref="TextMutation"/> damages a rule file.</summary>
internal enum MutationKind
{
    Truncate,
    DeleteRange,
    DuplicateRange,
    SwapRanges,
    Insert,
}

/// <summary>
/// One edit of a rule file's text, as an author's slip or a bad merge might make it. The numbers are
/// raw random values; <see cref="Apply"/> folds them into positions and lengths that fit the text,
/// so any mutation applies to any text.
/// </summary>
internal sealed record TextMutation(MutationKind Kind, int A, int B, int C, string Insert)
{
    private const int MaxRange = 200;

    public string Apply(string text)
    {
        var length = text.Length;
        var at = A % (length + 1);
        var span = B % (Math.Min(MaxRange, length - at) + 1);
        switch (Kind)
        {
            case MutationKind.Truncate:
                return text[..at];
            case MutationKind.DeleteRange:
                return text.Remove(at, span);
            case MutationKind.DuplicateRange:
                return text.Insert(C % (length + 1), text.Substring(at, span));
            case MutationKind.SwapRanges:
            {
                var secondStart = at + span + C % (length - at - span + 1);
                var secondLength = (B / 7) % (Math.Min(MaxRange, length - secondStart) + 1);
                return text[..at]
                    + text.Substring(secondStart, secondLength)
                    + text[(at + span)..secondStart]
                    + text.Substring(at, span)
                    + text[(secondStart + secondLength)..];
            }
            default:
                return text.Insert(at, Insert);
        }
    }

    public override string ToString() => Kind == MutationKind.Insert
        ? $"Insert({A}, \"{Escape(Insert)}\")"
        : $"{Kind}({A}, {B}, {C})";

    private static string Escape(string s) => string.Concat(s.Select(c =>
        c is '\n' ? "\\n" : c is '\r' ? "\\r" : c is '"' ? "\\\"" : char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}

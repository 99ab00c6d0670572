namespace ScoreRules.Engine.CSharp;

/// <summary>
/// Maps an offset in a formula's text to the rule file. The formula is a quoted string there, so each escape
/// (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>) is two characters in the file and one in the formula; strings end
/// on their line, so a formula never spans lines.
/// </summary>
internal static class LiteralOffsets
{
    /// <summary>
    /// The offset in <paramref name="text"/> of the formula character at <paramref name="valueOffset"/>, for the string
    /// whose opening quote is at <paramref name="quote"/> (read exactly, the way the lexer reads it).
    /// </summary>
    public static int InFile(string text, int quote, int valueOffset)
    {
        int i = quote + 1, v = 0;
        while (v < valueOffset && i < text.Length && text[i] is not ('\n' or '\r'))
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is not ('\n' or '\r'))
            {
                // Known escapes are one formula character; an unknown one (\d) is kept as both characters.
                v += text[i + 1] is 'n' or 't' or '"' or '\\' ? 1 : 2;
                i += 2;
                continue;
            }
            v++;
            i++;
        }
        return i;
    }

    /// <summary>How many characters <paramref name="value"/> takes in a rule file when written with the usual escapes.</summary>
    public static int EscapedLength(ReadOnlySpan<char> value)
    {
        var n = 0;
        foreach (var c in value) n += c is '"' or '\\' or '\n' or '\t' ? 2 : 1;
        return n;
    }
}

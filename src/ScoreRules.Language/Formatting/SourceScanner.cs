namespace ScoreRules.Language.Formatting;

/// <summary>Small look-ups in the original text that the tree does not record.</summary>
internal static class SourceScanner
{
    /// <summary>
    /// The offset of the first <c>{</c> at or after <paramref name="from"/> that is outside texts and
    /// comments, or -1. Used to find where a block header ends.
    /// </summary>
    public static int FindOpenBrace(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{') return i;
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] is not ('"' or '\n'))
                    i += text[i] == '\\' ? 2 : 1;
            }
            i++;
        }
        return -1;
    }

    /// <summary>
    /// True when the text between <paramref name="from"/> and <paramref name="to"/> holds a whole
    /// line of nothing but blanks, i.e. the author left an empty line there.
    /// </summary>
    public static bool HasBlankLine(string text, int from, int to)
    {
        if (to <= from) return false;
        var lines = text[from..to].Split('\n');
        // The first piece is the rest of a line, the last the start of one; only inner pieces are whole lines.
        for (var i = 1; i < lines.Length - 1; i++)
            if (string.IsNullOrWhiteSpace(lines[i])) return true;
        return false;
    }
}

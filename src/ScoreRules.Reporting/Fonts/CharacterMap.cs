namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// The set of Unicode code points a font face has glyphs for, read from its <c>cmap</c> table: a Unicode subtable
/// of format 12 (full Unicode) when there is one, else of format 4 (the Basic Multilingual Plane). A code point
/// mapped to glyph 0 (.notdef) does not count.
/// </summary>
internal sealed class CharacterMap
{
    private readonly HashSet<int> _codePoints;

    private CharacterMap(HashSet<int> codePoints) => _codePoints = codePoints;

    /// <summary>The number of code points covered.</summary>
    public int Count => _codePoints.Count;

    /// <summary>True when the face has a glyph for the code point.</summary>
    public bool Contains(int codePoint) => _codePoints.Contains(codePoint);

    /// <summary>Reads the map from the bytes of a <c>cmap</c> table.</summary>
    /// <exception cref="InvalidDataException">The table has no usable Unicode subtable.</exception>
    public static CharacterMap Read(ReadOnlySpan<byte> table)
    {
        if (table.Length < 4)
        {
            throw new InvalidDataException("The font's 'cmap' table is too short.");
        }

        int count = BigEndian.U16(table, 2);
        var best = -1;
        var bestRank = 0;
        for (var i = 0; i < count && 4 + i * 8 + 8 <= table.Length; i++)
        {
            var record = 4 + i * 8;
            int platform = BigEndian.U16(table, record);
            int encoding = BigEndian.U16(table, record + 2);
            var offset = (int)BigEndian.U32(table, record + 4);
            if (offset + 2 > table.Length)
            {
                continue;
            }

            int format = BigEndian.U16(table, offset);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            var rank = !unicode ? 0 : format == 12 ? 2 : format == 4 ? 1 : 0;
            if (rank > bestRank)
            {
                best = offset;
                bestRank = rank;
            }
        }

        if (best < 0)
        {
            throw new InvalidDataException("The font has no Unicode 'cmap' subtable of format 4 or 12.");
        }

        var set = new HashSet<int>();
        if (bestRank == 2)
        {
            ReadFormat12(table[best..], set);
        }
        else
        {
            ReadFormat4(table[best..], set);
        }

        return new CharacterMap(set);
    }

    private static void ReadFormat4(ReadOnlySpan<byte> sub, HashSet<int> set)
    {
        var segments = BigEndian.U16(sub, 6) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = BigEndian.U16(sub, ends + s * 2);
            int start = BigEndian.U16(sub, starts + s * 2);
            int delta = BigEndian.I16(sub, deltas + s * 2);
            int rangeOffset = BigEndian.U16(sub, rangeOffsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    if (at + 2 > sub.Length)
                    {
                        continue;
                    }

                    glyph = BigEndian.U16(sub, at);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0)
                {
                    set.Add(c);
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> sub, HashSet<int> set)
    {
        var groups = (int)BigEndian.U32(sub, 12);
        for (var g = 0; g < groups && 16 + g * 12 + 12 <= sub.Length; g++)
        {
            var record = 16 + g * 12;
            var start = (int)BigEndian.U32(sub, record);
            var end = (int)Math.Min(BigEndian.U32(sub, record + 4), 0x10FFFF);
            var glyph = BigEndian.U32(sub, record + 8);
            for (var c = start; c <= end; c++)
            {
                if (glyph + (uint)(c - start) != 0)
                {
                    set.Add(c);
                }
            }
        }
    }
}

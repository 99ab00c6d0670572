namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// The table directory of one font face in an sfnt file (TrueType <c>.ttf</c>, OpenType <c>.otf</c>) or of one
/// face of a TrueType collection (<c>.ttc</c>), read from a byte buffer.
/// </summary>
internal sealed class SfntDirectory
{
    private SfntDirectory(uint version, IReadOnlyList<SfntTable> tables)
    {
        Version = version;
        Tables = tables;
    }

    /// <summary>The sfnt version: 0x00010000 or 'true' for TrueType outlines, 'OTTO' for CFF outlines.</summary>
    public uint Version { get; }

    /// <summary>The tables in directory order.</summary>
    public IReadOnlyList<SfntTable> Tables { get; }

    /// <summary>True when the face has CFF (PostScript) outlines, which this renderer does not embed.</summary>
    public bool HasCffOutlines => Version == 0x4F54544F || Find("CFF ") is not null || Find("CFF2") is not null;

    /// <summary>True when the face has TrueType (<c>glyf</c>) outlines.</summary>
    public bool HasTrueTypeOutlines => !HasCffOutlines && Find("glyf") is not null;

    /// <summary>Finds a table by tag, or null.</summary>
    public SfntTable? Find(string tag)
    {
        foreach (var table in Tables)
        {
            if (table.Tag == tag)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Reads the directory that starts at <paramref name="offset"/> of a whole font file.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an sfnt table directory.</exception>
    public static SfntDirectory Read(ReadOnlySpan<byte> data, int offset) => Read(data, offset, data.Length);

    /// <summary>
    /// Reads the directory that starts at <paramref name="offset"/> of <paramref name="data"/>, which holds at least
    /// the start of a font file of <paramref name="fileLength"/> bytes (tables are checked against the file length).
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not an sfnt table directory.</exception>
    public static SfntDirectory Read(ReadOnlySpan<byte> data, int offset, long fileLength)
    {
        if (offset < 0 || offset > data.Length)
        {
            throw new InvalidDataException("The font's table directory lies outside the file.");
        }

        data = data[offset..];
        offset = 0;
        if (12 > data.Length)
        {
            throw new InvalidDataException("The font file is too short for an sfnt header.");
        }

        var version = BigEndian.U32(data, offset);
        int count = BigEndian.U16(data, offset + 4);
        if (offset + 12 + count * 16 > data.Length)
        {
            throw new InvalidDataException("The font's table directory runs past the end of the file.");
        }

        var tables = new SfntTable[count];
        for (var i = 0; i < count; i++)
        {
            var record = offset + 12 + i * 16;
            var table = new SfntTable(
                BigEndian.Tag(data, record),
                BigEndian.U32(data, record + 4),
                checked((int)BigEndian.U32(data, record + 8)),
                checked((int)BigEndian.U32(data, record + 12)));
            if (table.Offset < 0 || table.Length < 0 || (long)table.Offset + table.Length > fileLength)
            {
                throw new InvalidDataException($"The font's '{table.Tag}' table runs past the end of the file.");
            }

            tables[i] = table;
        }

        return new SfntDirectory(version, tables);
    }
}

namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// TrueType collections (<c>.ttc</c>): several faces sharing tables in one file. PDFsharp embeds single faces
/// only, so a face is rebuilt here as a standalone sfnt: its own header and table directory followed by copies of
/// the tables it uses, each 4-byte aligned, with the offsets rewritten. The table bytes and their checksums are
/// unchanged.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint TtcTag = 0x74746366; // 'ttcf'

    /// <summary>True when the bytes start with the <c>ttcf</c> tag of a collection.</summary>
    public static bool IsCollection(ReadOnlySpan<byte> data) => data.Length >= 12 && BigEndian.U32(data, 0) == TtcTag;

    /// <summary>The number of faces: the collection's count, or 1 for a single-face font file.</summary>
    /// <exception cref="InvalidDataException">The collection header is damaged.</exception>
    public static int FaceCount(ReadOnlySpan<byte> data)
    {
        if (!IsCollection(data))
        {
            return 1;
        }

        var count = BigEndian.U32(data, 8);
        if (count == 0 || 12 + count * 4 > data.Length)
        {
            throw new InvalidDataException("The font collection's header is damaged.");
        }

        return (int)count;
    }

    /// <summary>The offset of face <paramref name="index"/>'s table directory (0 for a single-face file).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The face index is not in the file.</exception>
    public static int FaceOffset(ReadOnlySpan<byte> data, int index)
    {
        var count = FaceCount(data);
        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The font file has {count} face(s).");
        }

        return IsCollection(data) ? checked((int)BigEndian.U32(data, 12 + index * 4)) : 0;
    }

    /// <summary>
    /// Returns face <paramref name="index"/> as a standalone sfnt font. A single-face file is returned as it is.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The face index is not in the file.</exception>
    /// <exception cref="InvalidDataException">The file is damaged.</exception>
    public static byte[] ExtractFace(byte[] data, int index)
    {
        var offset = FaceOffset(data, index);
        if (!IsCollection(data))
        {
            return data;
        }

        var directory = SfntDirectory.Read(data, offset);
        var tables = directory.Tables;
        var headerLength = 12 + tables.Count * 16;
        var total = headerLength;
        foreach (var table in tables)
        {
            total += Align4(table.Length);
        }

        var face = new byte[total];
        BigEndian.WriteU32(face, 0, directory.Version);
        BigEndian.WriteU16(face, 4, tables.Count);
        var entrySelector = tables.Count == 0 ? 0 : (int)Math.Floor(Math.Log2(tables.Count));
        var searchRange = (1 << entrySelector) * 16;
        BigEndian.WriteU16(face, 6, searchRange);
        BigEndian.WriteU16(face, 8, entrySelector);
        BigEndian.WriteU16(face, 10, tables.Count * 16 - searchRange);

        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var record = 12 + i * 16;
            for (var k = 0; k < 4; k++)
            {
                face[record + k] = (byte)table.Tag[k];
            }

            BigEndian.WriteU32(face, record + 4, table.Checksum);
            BigEndian.WriteU32(face, record + 8, (uint)position);
            BigEndian.WriteU32(face, record + 12, (uint)table.Length);
            Array.Copy(data, table.Offset, face, position, table.Length);
            position += Align4(table.Length);
        }

        return face;
    }

    private static int Align4(int length) => (length + 3) & ~3;
}

namespace ScoreRules.Reporting.Fonts;

/// <summary>Reads and writes the big-endian integers of OpenType (sfnt) font files.</summary>
internal static class BigEndian
{
    public static ushort U16(ReadOnlySpan<byte> data, int offset) => (ushort)((data[offset] << 8) | data[offset + 1]);

    public static short I16(ReadOnlySpan<byte> data, int offset) => (short)U16(data, offset);

    public static uint U32(ReadOnlySpan<byte> data, int offset) =>
        ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3];

    public static string Tag(ReadOnlySpan<byte> data, int offset) =>
        string.Create(4, data.Slice(offset, 4).ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < 4; i++)
            {
                chars[i] = (char)bytes[i];
            }
        });

    public static void WriteU16(Span<byte> data, int offset, int value)
    {
        data[offset] = (byte)(value >> 8);
        data[offset + 1] = (byte)value;
    }

    public static void WriteU32(Span<byte> data, int offset, uint value)
    {
        data[offset] = (byte)(value >> 24);
        data[offset + 1] = (byte)(value >> 16);
        data[offset + 2] = (byte)(value >> 8);
        data[offset + 3] = (byte)value;
    }
}

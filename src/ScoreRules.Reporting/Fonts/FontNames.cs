using System.Text;

namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// The family and style names of a face from its <c>name</c> table: the typographic names (IDs 16 and 17) when
/// present, else the legacy ones (IDs 1 and 2); the English (US) Windows record is preferred.
/// </summary>
/// <param name="Family">The family, such as "DejaVu Sans" or "WenQuanYi Zen Hei".</param>
/// <param name="Style">The style, such as "Regular", "Bold", "Oblique" or "Bold Italic".</param>
internal sealed record FontNames(string Family, string Style)
{
    /// <summary>Reads the names from the bytes of a <c>name</c> table; a missing name reads as "".</summary>
    public static FontNames Read(ReadOnlySpan<byte> table)
    {
        if (table.Length < 6)
        {
            return new FontNames("", "");
        }

        int count = BigEndian.U16(table, 2);
        int storage = BigEndian.U16(table, 4);
        var found = new Dictionary<int, (int Rank, string Text)>();
        for (var i = 0; i < count && 6 + i * 12 + 12 <= table.Length; i++)
        {
            var record = 6 + i * 12;
            int platform = BigEndian.U16(table, record);
            int language = BigEndian.U16(table, record + 4);
            int id = BigEndian.U16(table, record + 6);
            int length = BigEndian.U16(table, record + 8);
            var offset = storage + BigEndian.U16(table, record + 10);
            if (id is not (1 or 2 or 16 or 17) || offset + length > table.Length)
            {
                continue;
            }

            var bytes = table.Slice(offset, length);
            var (rank, text) = platform switch
            {
                3 => (language == 0x409 ? 3 : 2, Encoding.BigEndianUnicode.GetString(bytes)),
                0 => (2, Encoding.BigEndianUnicode.GetString(bytes)),
                1 when language == 0 => (1, Encoding.Latin1.GetString(bytes)),
                _ => (0, ""),
            };
            if (rank > 0 && (!found.TryGetValue(id, out var previous) || rank > previous.Rank))
            {
                found[id] = (rank, text);
            }
        }

        string Pick(int preferred, int fallback) =>
            found.TryGetValue(preferred, out var p) ? p.Text : found.TryGetValue(fallback, out var f) ? f.Text : "";

        return new FontNames(Pick(16, 1), Pick(17, 2));
    }
}

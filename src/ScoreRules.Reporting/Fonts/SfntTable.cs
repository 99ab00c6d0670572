namespace ScoreRules.Reporting.Fonts;

/// <summary>One entry of an sfnt table directory: a four-letter tag and where the table's bytes lie in the file.</summary>
/// <param name="Tag">The table tag, such as <c>cmap</c>, <c>glyf</c> or <c>CFF </c>.</param>
/// <param name="Checksum">The checksum stored in the directory (copied unchanged when a face is rebuilt).</param>
/// <param name="Offset">Byte offset of the table from the start of the file.</param>
/// <param name="Length">Length of the table in bytes, without padding.</param>
internal readonly record struct SfntTable(string Tag, uint Checksum, int Offset, int Length);

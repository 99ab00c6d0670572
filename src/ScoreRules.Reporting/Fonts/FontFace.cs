using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// One face of an installed font file: its names and style, and (loaded on first use) its standalone sfnt bytes
/// and character coverage. Faces are read with random access, so scanning a font folder reads only the table
/// directories and <c>name</c> tables.
/// </summary>
internal sealed class FontFace
{
    private readonly Lazy<byte[]> _bytes;
    private readonly Lazy<CharacterMap> _map;

    private FontFace(string path, int index, FontNames names, bool trueTypeOutlines)
    {
        Path = path;
        Index = index;
        Family = names.Family;
        Style = names.Style;
        HasTrueTypeOutlines = trueTypeOutlines;
        var style = names.Style.ToLowerInvariant();
        IsBold = style.Contains("bold", StringComparison.Ordinal);
        IsItalic = style.Contains("italic", StringComparison.Ordinal) || style.Contains("oblique", StringComparison.Ordinal);
        Key = "ScoreRules-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{path}#{index}")), 0, 8);
        _bytes = new Lazy<byte[]>(() => TrueTypeCollection.ExtractFace(File.ReadAllBytes(Path), Index));
        _map = new Lazy<CharacterMap>(LoadMap);
    }

    /// <summary>The font file.</summary>
    public string Path { get; }

    /// <summary>The face's index in a collection (0 for a single-face file).</summary>
    public int Index { get; }

    /// <summary>The family name.</summary>
    public string Family { get; }

    /// <summary>The style name.</summary>
    public string Style { get; }

    /// <summary>True for a bold face (PDFsharp then needs no bold simulation).</summary>
    public bool IsBold { get; }

    /// <summary>True for an italic or oblique face.</summary>
    public bool IsItalic { get; }

    /// <summary>True when the outlines are TrueType (glyf); CFF-outline faces cannot be embedded here.</summary>
    public bool HasTrueTypeOutlines { get; }

    /// <summary>True when the style is a plain regular, bold, italic or bold italic (not light, condensed, …).</summary>
    public bool IsPlainStyle => Style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()
        is "regular" or "book" or "normal" or "roman" or "bold" or "italic" or "oblique" or "bolditalic" or "boldoblique";

    /// <summary>The name under which the face is registered with PDFsharp's font resolver.</summary>
    public string Key { get; }

    /// <summary>The face as a standalone sfnt (extracted from its collection when needed).</summary>
    public byte[] Bytes => _bytes.Value;

    /// <summary>True when the face has a glyph for the code point.</summary>
    public bool Covers(int codePoint) => _map.Value.Contains(codePoint);

    /// <inheritdoc />
    public override string ToString() => $"{Family} {Style} ({System.IO.Path.GetFileName(Path)}#{Index})";

    /// <summary>Reads every face of a font file; a file that is not a readable font gives no faces.</summary>
    public static IReadOnlyList<FontFace> ReadFile(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            var head = Read(handle, 0, (int)Math.Min(length, 12 + 4 * 64));
            var count = Math.Min(TrueTypeCollection.FaceCount(head), 64);
            var faces = new List<FontFace>(count);
            for (var i = 0; i < count; i++)
            {
                var offset = TrueTypeCollection.FaceOffset(head, i);
                var header = Read(handle, offset, 12);
                int tables = BigEndian.U16(header, 4);
                var directory = SfntDirectory.Read(Read(handle, offset, 12 + tables * 16), 0, length);
                var name = directory.Find("name");
                var names = name is { } n ? FontNames.Read(Read(handle, n.Offset, n.Length)) : new FontNames("", "");
                faces.Add(new FontFace(path, i, names, directory.HasTrueTypeOutlines));
            }

            return faces;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException
                                      or ArgumentOutOfRangeException or OverflowException)
        {
            return [];
        }
    }

    private CharacterMap LoadMap()
    {
        using var handle = File.OpenHandle(Path);
        var length = RandomAccess.GetLength(handle);
        var head = Read(handle, 0, (int)Math.Min(length, 12 + 4 * 64));
        var offset = TrueTypeCollection.FaceOffset(head, Index);
        int tables = BigEndian.U16(Read(handle, offset, 12), 4);
        var cmap = SfntDirectory.Read(Read(handle, offset, 12 + tables * 16), 0, length).Find("cmap")
                   ?? throw new InvalidDataException($"The font {Path} has no 'cmap' table.");
        return CharacterMap.Read(Read(handle, cmap.Offset, cmap.Length));
    }

    private static byte[] Read(SafeFileHandle handle, long offset, int length)
    {
        var buffer = new byte[length];
        var done = 0;
        while (done < length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(done), offset + done);
            if (n == 0)
            {
                throw new InvalidDataException("The font file ends early.");
            }

            done += n;
        }

        return buffer;
    }
}

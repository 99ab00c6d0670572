using System.Collections.Concurrent;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// The faces one report is drawn with, and the per-character fallback between them. For every character the first
/// face that has its glyph wins, in this order: the <c>--font</c> override; then for wide East Asian characters
/// (Han, kana, Hangul, CJK and full-width punctuation) the CJK face before the Latin one, for all others the Latin
/// (or, in code, the monospace) face before the CJK one; then any other installed TrueType face. Bold and italic
/// use the family's own bold and italic faces when installed, else PDFsharp simulates them.
/// A set is immutable apart from its caches, which are safe to use from several threads, so one set (see
/// <see cref="Shared"/>) serves every document of a process.
/// </summary>
internal sealed class FontSet
{
    private static readonly string[] SansFamilies = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans", "Segoe UI"];
    private static readonly string[] MonoFamilies = ["DejaVu Sans Mono", "Liberation Mono", "Consolas", "Courier New", "Menlo", "Noto Sans Mono"];

    private static readonly string[] CjkFamilies =
    [
        "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "AR PL UMing TW", "AR PL UMing CN", "AR PL UMing HK", "AR PL UKai TW",
        "AR PL UKai CN", "Microsoft JhengHei", "Microsoft YaHei", "SimSun", "MingLiU", "SimHei", "Arial Unicode MS",
    ];

    private readonly FontFace? _override;
    private readonly FontFace?[] _sans; // regular, bold, italic, bold italic
    private readonly FontFace?[] _mono;
    private readonly FontFace? _cjk;
    private readonly IReadOnlyList<FontFace> _others;
    private readonly ConcurrentDictionary<(int CodePoint, int Style), ResolvedFace> _cache = new();

    private static readonly Lock SharedGate = new();
    private static readonly Dictionary<string, FontSet> SharedSets = new(StringComparer.Ordinal);

    private FontSet(FontFace? overrideFace, IReadOnlyList<FontFace> installed)
    {
        _override = overrideFace;
        var usable = installed.Where(f => f.HasTrueTypeOutlines && f.IsPlainStyle).ToList();
        _sans = Variants(usable, SansFamilies);
        _mono = Variants(usable, MonoFamilies);
        _cjk = FindFamily(usable, CjkFamilies) ?? usable.FirstOrDefault(f => !f.IsBold && !f.IsItalic && f.Covers('中'));
        _others = usable;
    }

    /// <summary>The override face, if any.</summary>
    public FontFace? Override => _override;

    /// <summary>The regular Latin face, if one was found.</summary>
    public FontFace? Sans => _sans[0];

    /// <summary>The CJK face, if one was found.</summary>
    public FontFace? Cjk => _cjk;

    /// <summary>The fonts for a report: the installed ones, with an optional override font file first.</summary>
    /// <param name="overridePath">A TrueType font file (.ttf, or face 0 of a .ttc) tried before all others, or null.</param>
    /// <exception cref="ReportRenderException">The override file is missing, unreadable or has CFF outlines.</exception>
    public static FontSet Create(string? overridePath) => Create(overridePath, SystemFonts.Faces);

    /// <summary>
    /// Text widths in points measured with this set, by text and style (see <c>PdfTextEngine.Width</c>); shared by
    /// every document drawn with the set. Widths depend only on the text, the style and the faces.
    /// </summary>
    internal TextWidthCache Widths { get; } = new();

    /// <summary>
    /// The set for <paramref name="overridePath"/> over the installed fonts, made once per process and path and then
    /// shared: its character coverage and text widths are worked out once for all documents. A path that fails is
    /// not remembered, so the next call checks the file again.
    /// </summary>
    /// <exception cref="ReportRenderException">As <see cref="Create(string?)"/>.</exception>
    public static FontSet Shared(string? overridePath)
    {
        var key = overridePath ?? "";
        lock (SharedGate)
        {
            if (!SharedSets.TryGetValue(key, out var set))
            {
                set = Create(overridePath);
                SharedSets[key] = set;
            }

            return set;
        }
    }

    /// <summary>As <see cref="Create(string?)"/> over a given list of installed faces (for tests).</summary>
    public static FontSet Create(string? overridePath, IReadOnlyList<FontFace> installed)
    {
        FontFace? overrideFace = null;
        if (!string.IsNullOrEmpty(overridePath))
        {
            if (!File.Exists(overridePath))
            {
                throw new ReportRenderException($"The font file '{overridePath}' given with --font does not exist.");
            }

            overrideFace = FontFace.ReadFile(overridePath).FirstOrDefault()
                           ?? throw new ReportRenderException($"The file '{overridePath}' given with --font is not a TrueType or OpenType font.");
            if (!overrideFace.HasTrueTypeOutlines)
            {
                throw new ReportRenderException(
                    $"The font '{overridePath}' given with --font has PostScript (CFF) outlines, which PDF reports cannot embed; use a TrueType font (.ttf or .ttc).");
            }
        }

        return new FontSet(overrideFace, installed);
    }

    /// <summary>True for characters that East Asian typography sets full width (Han, kana, Hangul, CJK punctuation).</summary>
    public static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA960 and <= 0xA97F)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);

    /// <summary>The face for a character in a style.</summary>
    /// <exception cref="MissingGlyphException">No face has the character.</exception>
    public ResolvedFace Resolve(int codePoint, bool bold, bool italic, bool monospace)
    {
        var styleBits = (bold ? 1 : 0) | (italic ? 2 : 0) | (monospace ? 4 : 0);
        if (_cache.TryGetValue((codePoint, styleBits), out var cached))
        {
            return cached;
        }

        var resolved = Find(codePoint, bold, italic, monospace) ?? throw new MissingGlyphException(codePoint);
        _cache.TryAdd((codePoint, styleBits), resolved);
        return resolved;
    }

    private ResolvedFace? Find(int c, bool bold, bool italic, bool monospace)
    {
        var variant = (bold ? 1 : 0) + (italic ? 2 : 0);
        var latin = monospace ? _mono : _sans;
        IEnumerable<FontFace?> order = IsWide(c)
            ? [_override, _cjk, latin[variant], latin[0], _sans[variant], _sans[0]]
            : [_override, latin[variant], latin[0], _sans[variant], _sans[0], _cjk];
        foreach (var face in order.Concat(_others))
        {
            if (face is not null && face.Covers(c))
            {
                return new ResolvedFace(face, bold && !face.IsBold, italic && !face.IsItalic);
            }
        }

        return null;
    }

    private static FontFace?[] Variants(List<FontFace> faces, string[] families)
    {
        foreach (var family in families)
        {
            var members = faces.Where(f => string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase)).ToList();
            var regular = members.FirstOrDefault(f => !f.IsBold && !f.IsItalic);
            if (regular is null)
            {
                continue;
            }

            return
            [
                regular,
                members.FirstOrDefault(f => f.IsBold && !f.IsItalic),
                members.FirstOrDefault(f => !f.IsBold && f.IsItalic),
                members.FirstOrDefault(f => f.IsBold && f.IsItalic),
            ];
        }

        return new FontFace?[4];
    }

    private static FontFace? FindFamily(List<FontFace> faces, string[] families)
    {
        foreach (var family in families)
        {
            var face = faces.FirstOrDefault(f => string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase) && !f.IsBold && !f.IsItalic);
            if (face is not null)
            {
                return face;
            }
        }

        return null;
    }
}

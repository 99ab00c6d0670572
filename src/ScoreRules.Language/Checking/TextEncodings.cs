using System.Text;

namespace ScoreRules.Language.Checking;

/// <summary>
/// The text encodings a source's <c>encoding "…"</c> may name: .NET's built-in ones (utf-8,
/// utf-16, us-ascii, iso-8859-1 …) and the code pages of <see cref="CodePagesEncodingProvider"/>
/// (gb18030, gbk, big5, shift_jis, windows-1252 …). Names are case-insensitive.
/// </summary>
public static class TextEncodings
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["utf-16le"] = "utf-16",
        ["utf16"] = "utf-16",
        ["latin1"] = "iso-8859-1",
        ["ascii"] = "us-ascii",
    };

    /// <summary>The encoding called <paramref name="name"/>, or null when there is none by that name.</summary>
    /// <param name="name">An encoding name as written in a rule file, e.g. <c>"gb18030"</c>.</param>
    public static Encoding? Find(string name)
    {
        if (CodePagesEncodingProvider.Instance.GetEncoding(name) is { } codePage) return codePage;
        var canonical = Aliases.GetValueOrDefault(name, name);
        return Encoding.GetEncodings()
            .FirstOrDefault(e => string.Equals(e.Name, canonical, StringComparison.OrdinalIgnoreCase))
            ?.GetEncoding();
    }

    /// <summary>The canonical names of every encoding <see cref="Find"/> knows, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Encoding.GetEncodings().Select(e => e.Name)
            .Concat(CodePagesEncodingProvider.Instance.GetEncodings().Select(e => e.Name))
            .Concat(["gbk"])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
}

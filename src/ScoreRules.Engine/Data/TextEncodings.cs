using System.Text;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Text encodings for data files. Bytes that are not valid in the encoding decode to
/// <see cref="InvalidMarker"/>, a Unicode noncharacter that real data never holds, so the row and
/// column of the bad bytes can be reported (SD006) instead of silently showing U+FFFD.
/// </summary>
internal static class TextEncodings
{
    /// <summary>The character that stands for undecodable bytes (U+FDD0).</summary>
    public const char InvalidMarker = '\uFDD0';

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding named in a source (utf-8, gb18030, gbk, …), or null when the name is unknown.</summary>
    public static Encoding? Resolve(string name)
    {
        var key = name.Trim().ToLowerInvariant().Replace("_", "-");
        var canonical = key switch
        {
            "utf-8" or "utf8" or "utf-8-bom" => "utf-8",
            // GB18030 is a superset of GBK and GB2312, so it decodes their files too.
            "gb18030" or "gbk" or "gb2312" or "cp936" => "GB18030",
            _ => key,
        };
        try
        {
            return Encoding.GetEncoding(canonical, EncoderFallback.ReplacementFallback,
                new DecoderReplacementFallback(InvalidMarker.ToString()));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The name to show in messages: UTF-8, GB18030, or the name as written.</summary>
    public static string DisplayName(string name) => Resolve(name)?.WebName switch
    {
        "utf-8" => "UTF-8",
        "gb18030" => "GB18030",
        _ => name,
    };
}

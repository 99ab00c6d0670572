namespace ScoreRules.Reporting.Layout;

/// <summary>
/// Line-breaking rules for Chinese and Japanese text (kinsoku shori): closing punctuation never starts a line,
/// opening punctuation never ends one. Latin closing punctuation follows the same rule, so "4.5," stays whole.
/// </summary>
internal static class Kinsoku
{
    private const string NoStart = "，。、．・：；？！）〕］｝〉》」』】〙〗〟’”｠»…‥ー々ゝゞヽヾ～％‰℃,.:;?!)]}%";
    private const string NoEnd = "（〔［｛〈《「『【〘〖〝‘“｟«([{";

    /// <summary>True for characters that must not begin a line, such as ，。、）」』】》！？：；…</summary>
    public static bool CannotStartLine(int c) => c <= 0xFFFF && NoStart.Contains((char)c, StringComparison.Ordinal);

    /// <summary>True for characters that must not end a line, such as （「『【《</summary>
    public static bool CannotEndLine(int c) => c <= 0xFFFF && NoEnd.Contains((char)c, StringComparison.Ordinal);
}

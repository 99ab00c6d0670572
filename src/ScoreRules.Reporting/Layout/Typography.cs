namespace ScoreRules.Reporting.Layout;

/// <summary>The sizes (points), spacings and colours of report pages.</summary>
internal static class Typography
{
    public const double BodySize = 10;
    public const double TableSize = 9;
    public const double CodeSize = 8.5;
    public const double LineFactor = 1.45;
    public const double ParagraphGap = 6;
    public const double ListIndent = 18;
    public const double QuoteIndent = 14;
    public const double CellPadX = 5;
    public const double CellPadY = 3.5;
    public const int TextColor = 0x222222;
    public const int HeadingColor = 0x1F3A5F;
    public const int LinkColor = 0x1F5FAF;
    public const int CodeBackground = 0xF2F4F7;
    public const int TableHeaderBackground = 0xE6ECF4;
    public const int TableBorder = 0xAEB7C4;
    public const int MutedColor = 0x666666;

    /// <summary>Font size of a heading level (1–4; deeper levels as 4).</summary>
    public static double HeadingSize(int level) => level switch { 1 => 17, 2 => 13.5, 3 => 11.5, _ => 10.5 };

    /// <summary>Gap above a heading of the level.</summary>
    public static double HeadingGap(int level) => level switch { 1 => 14, 2 => 14, 3 => 10, _ => 8 };

    /// <summary>Line box height for text of the size.</summary>
    public static double LineHeight(double size) => size * LineFactor;

    /// <summary>Distance from the line box's top to the baseline for text of the size.</summary>
    public static double Baseline(double size) => (LineHeight(size) - size) / 2 + size * 0.86;
}

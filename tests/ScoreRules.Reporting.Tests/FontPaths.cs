namespace ScoreRules.Reporting.Tests;

/// <summary>Fonts from the Debian packages fonts-dejavu-core and fonts-wqy-zenhei, which CI installs.</summary>
internal static class FontPaths
{
    public const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    public const string WenQuanYiZenHei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
}

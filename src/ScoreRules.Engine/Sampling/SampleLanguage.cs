using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>The language of generated names and texts, taken from the language the policy is written in.</summary>
public enum SampleLanguage
{
    /// <summary>English.</summary>
    English,
    /// <summary>Chinese in traditional characters (Taiwan, Hong Kong).</summary>
    TraditionalChinese,
    /// <summary>Chinese in simplified characters (mainland China, Singapore).</summary>
    SimplifiedChinese,
}

/// <summary>Guesses a policy's <see cref="SampleLanguage"/> from its titles and descriptions.</summary>
internal static class SampleLanguages
{
    // Common characters that differ between the two scripts; each pair is (traditional, simplified).
    private const string Traditional = "務與為們時個這來說對會過還業績員問題評級經據從點應開關總結實現處單紀錄測試滿費訓練證資訊設計標線";
    private const string Simplified = "务与为们时个这来说对会过还业绩员问题评级经据从点应开关总结实现处单纪录测试满费训练证资讯设计标线";

    /// <summary>
    /// Chinese when the policy's titles and descriptions hold CJK characters (traditional or simplified by
    /// which script's own characters are more frequent), else English.
    /// </summary>
    public static SampleLanguage Of(PolicyModel policy)
    {
        var text = string.Concat(new[] { policy.Title, policy.Description ?? "" }
            .Concat(policy.Metrics.Select(m => m.Title + m.Description))
            .Concat(policy.Scorecards.Select(c => c.Title))
            .Concat(policy.Sources.Keys));
        var cjk = text.Count(c => c is >= '\u4E00' and <= '\u9FFF');
        if (cjk == 0) return SampleLanguage.English;
        var traditional = text.Count(c => Traditional.Contains(c) && !Simplified.Contains(c));
        var simplified = text.Count(c => Simplified.Contains(c) && !Traditional.Contains(c));
        return simplified > traditional ? SampleLanguage.SimplifiedChinese : SampleLanguage.TraditionalChinese;
    }
}

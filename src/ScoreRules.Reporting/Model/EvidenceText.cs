namespace ScoreRules.Reporting.Model;

/// <summary>
/// Splits evidence written in one column as labelled parts, e.g. <c>情境:…;行為:…;影響:…</c> or
/// <c>Situation: …; Behaviour: …; Impact: …</c>, into situation, behaviour and impact. Data exports often
/// keep the three parts of situation–behaviour–impact (SBI) evidence in a single text field.
/// </summary>
public static class EvidenceText
{
    private static readonly (string Label, int Part)[] Labels =
    [
        ("情境", 0), ("situation", 0),
        ("行為", 1), ("behaviour", 1), ("behavior", 1),
        ("影響", 2), ("impact", 2),
    ];

    /// <summary>
    /// The three parts of <paramref name="text"/> when every part separated by <c>;</c> or <c>；</c> starts
    /// with one of the labels 情境 / 行為 / 影響 or Situation / Behaviour / Impact (any case) followed by
    /// <c>:</c> or <c>：</c>; null otherwise (the text is then left as it is). A part not given is "".
    /// </summary>
    public static (string Situation, string Behaviour, string Impact)? Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = new string[3];
        foreach (var piece in text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = piece.IndexOfAny([':', '：']);
            if (colon <= 0) return null;
            var label = piece[..colon].Trim();
            var match = Labels.FirstOrDefault(l => string.Equals(l.Label, label, StringComparison.OrdinalIgnoreCase));
            if (match.Label is null || parts[match.Part] is not null) return null;
            parts[match.Part] = piece[(colon + 1)..].Trim();
        }
        return (parts[0] ?? "", parts[1] ?? "", parts[2] ?? "");
    }
}

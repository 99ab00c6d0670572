namespace ScoreRules.Engine.Sampling;

/// <summary>
/// One generated record (a ticket, a survey, a rating, …) before it is written: its values by
/// <see cref="Attr"/> name (string, int, decimal, bool, NodaTime LocalDate or Instant, or another record,
/// which is written as that record's id) and values fixed by column, which rules require.
/// </summary>
internal sealed class SampleRecord(FactKind kind, SamplePerson? owner)
{
    /// <summary>What it records.</summary>
    public FactKind Kind { get; } = kind;

    /// <summary>Whose record it is.</summary>
    public SamplePerson? Owner { get; set; } = owner;

    /// <summary>Values by attribute name.</summary>
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Values by column name; they win over <see cref="Values"/> (e.g. item = "clarity" for a rated item).</summary>
    public Dictionary<string, object?> Fixed { get; } = new(StringComparer.Ordinal);

    /// <summary>The value called <paramref name="attribute"/>, or null.</summary>
    public object? this[string attribute]
    {
        get => Values.GetValueOrDefault(attribute);
        set => Values[attribute] = value;
    }
}

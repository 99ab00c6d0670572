namespace ScoreRules.Engine.Sampling;

/// <summary>Where the value of a generated column comes from.</summary>
internal enum ColumnRole
{
    /// <summary>The id of the person whose row it is.</summary>
    Owner,
    /// <summary>A column of the people file copied from the row's person (e.g. manager_id in a ticket export).</summary>
    PersonColumn,
    /// <summary>The row key.</summary>
    Key,
    /// <summary>A value of the record, named by <see cref="ColumnPlan.Attribute"/>.</summary>
    Attribute,
    /// <summary>Nothing known: a plausible value of the field's type.</summary>
    Fallback,
}

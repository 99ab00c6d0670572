namespace ScoreRules.Language.Model;

/// <summary>The type of a source field or of an expression's value.</summary>
public enum FieldType
{
    /// <summary>Text.</summary>
    Text,
    /// <summary>A whole number.</summary>
    Int,
    /// <summary>A decimal number.</summary>
    Number,
    /// <summary>true / false.</summary>
    Bool,
    /// <summary>A calendar date without time.</summary>
    Date,
    /// <summary>A point in time (with a zone or offset, or local in the policy's zone).</summary>
    DateTime,
    /// <summary>A length of time.</summary>
    Duration,
}

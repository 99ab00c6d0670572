namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// The fields evaluation reads by a fixed name rather than through a rule's expression: a person's name and role
/// from the people source, and the parts of a BARS rating from a rated item's source. Where a list gives several
/// names, the first the source has with a value is used.
/// </summary>
internal static class FieldsReadByName
{
    /// <summary>A person's display name in the people source.</summary>
    public static readonly string[] PersonName = ["name", "display_name"];

    /// <summary>A person's role in the people source (scorecards usually pick people by it).</summary>
    public const string PersonRole = "role";

    /// <summary>Who gave a rating.</summary>
    public const string Rater = "rater";

    /// <summary>The rater's role (e.g. supervisor, peer), weighted by the rated item's <c>raters</c>.</summary>
    public static readonly string[] RaterRole = ["rater_role", "role"];

    /// <summary>The level chosen on the scale (a number).</summary>
    public const string Level = "level";

    /// <summary>The evidence's situation.</summary>
    public const string Situation = "situation";

    /// <summary>The evidence's behaviour.</summary>
    public static readonly string[] Behaviour = ["behaviour", "behavior", "evidence"];

    /// <summary>The evidence's impact.</summary>
    public const string Impact = "impact";

    /// <summary>Every name a rating is read from.</summary>
    public static IEnumerable<string> OfRatings => [Rater, .. RaterRole, Level, Situation, .. Behaviour, Impact];

    /// <summary>Every name a person's row in the people source is read from.</summary>
    public static IEnumerable<string> OfPeople => [.. PersonName, PersonRole];
}

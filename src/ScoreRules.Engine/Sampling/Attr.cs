namespace ScoreRules.Engine.Sampling;

/// <summary>The names of the values a generated record carries; columns are matched to these.</summary>
internal static class Attr
{
    public const string At = "at";
    public const string Id = "id";
    public const string Owner = "owner";
    public const string Name = "name";
    public const string Role = "role";
    public const string Team = "team";
    public const string Manager = "manager";
    public const string Email = "email";
    public const string Created = "created";
    public const string Responded = "responded";
    public const string Resolved = "resolved";
    public const string Contacts = "contacts";
    public const string Reassignments = "reassignments";
    public const string Reopens = "reopens";
    public const string Escalated = "escalated";
    public const string MadeSla = "made_sla";
    public const string Priority = "priority";
    public const string Category = "category";
    public const string Channel = "channel";
    public const string Summary = "summary";
    public const string Submitted = "submitted";
    public const string Ticket = "ticket";
    public const string Csat = "csat";
    public const string Ces = "ces";
    public const string Comment = "comment";
    public const string Course = "course";
    public const string Assigned = "assigned";
    public const string Due = "due";
    public const string Completed = "completed";
    public const string Certificate = "certificate";
    public const string Earned = "earned";
    public const string AsOf = "as_of";
    public const string CertificateCount = "certificate_count";
    public const string Title = "title";
    public const string ChangeKind = "change_kind";
    public const string Published = "published";
    public const string Rated = "rated";
    public const string Item = "item";
    public const string Rater = "rater";
    public const string RaterRole = "rater_role";
    public const string Level = "level";
    public const string Evidence = "evidence";
    public const string Situation = "situation";
    public const string Behaviour = "behaviour";
    public const string Impact = "impact";
    public const string Decided = "decided";
    public const string BonusKind = "bonus_kind";
    public const string Points = "points";
    public const string Approved = "approved";
    public const string Note = "note";
    public const string WorkDate = "work_date";
    public const string Available = "available";
    public const string Logged = "logged";
}

using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>What the policy versions ask of sample data: the files and columns, scorecards, calendar and language.</summary>
internal sealed record SamplePlan
{
    /// <summary>The policy versions, by effective start.</summary>
    public required IReadOnlyList<PolicyModel> Versions { get; init; }
    /// <summary>The policy's time zone: local times are written in it.</summary>
    public required DateTimeZone Zone { get; init; }
    /// <summary>The business hours tickets arrive and are worked in (the calendar the metrics name most).</summary>
    public required BusinessCalendar Calendar { get; init; }
    /// <summary>The language of names and texts.</summary>
    public required SampleLanguage Language { get; init; }
    /// <summary>Every file to write, the people file first.</summary>
    public required IReadOnlyList<FilePlan> Files { get; init; }
    /// <summary>The scorecards, merged over versions by id.</summary>
    public required IReadOnlyList<CardPlan> Cards { get; init; }

    /// <summary>The people file, or null when the policy has no people source.</summary>
    public FilePlan? PeopleFile => Files.FirstOrDefault(f => f.Kind == FactKind.People);

    /// <summary>The version in force on the first day of <paramref name="month"/>: the one whose range holds it, else the nearest.</summary>
    public PolicyModel VersionFor(YearMonth month)
    {
        var first = month.OnDayOfMonth(1).ToDateOnly();
        return Versions.FirstOrDefault(v => v.EffectiveFrom <= first && first <= v.EffectiveTo)
            ?? Versions.LastOrDefault(v => v.EffectiveFrom <= first)
            ?? Versions[0];
    }

    /// <summary>True when <paramref name="person"/>'s scorecard, in the version in force in <paramref name="month"/>, adds bonus <paramref name="bonus"/>.</summary>
    public bool Adds(SamplePerson person, YearMonth month, string bonus) =>
        person.Card is { } card && VersionFor(month).Scorecards.FirstOrDefault(c => c.Id == card.Id)?.Bonuses.Contains(bonus) == true;

    /// <summary>The file that source <paramref name="sourceId"/> of <paramref name="version"/> reads, or null when it is not generated.</summary>
    public FilePlan? FileOf(PolicyModel version, string sourceId) =>
        version.Sources.TryGetValue(sourceId, out var source) ? Files.FirstOrDefault(f => f.Path == source.Path) : null;
}

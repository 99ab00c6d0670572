using NodaTime;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Sampling;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Sampling;

/// <summary>The shipped policies and the sample options their examples are generated with (examples/*/regenerate.sh).</summary>
internal static class ShippedPolicies
{
    public const string Bank = "bank-service-desk";
    public const string Acme = "acme-helpdesk";

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ScoreRules.sln not found above the test folder");
    }

    public static IReadOnlyList<PolicyModel> Versions(string policy)
    {
        var loaded = PolicyLoader.Load(Path.Combine(RepoRoot(), "rules", policy));
        loaded.IsUsable.ShouldBeTrue();
        return loaded.Versions;
    }

    /// <summary>The options of the example of <paramref name="policy"/>: 10 people, seed 2026, bank 2026-01..03, acme 2026-01..06.</summary>
    public static SampleOptions ExampleOptions(string policy) => policy switch
    {
        Bank => new SampleOptions { People = 10, TicketsPerMonth = 150, Months = 3, Seed = 2026, Start = new YearMonth(2026, 1) },
        _ => new SampleOptions { People = 10, TicketsPerMonth = 200, Months = 6, Seed = 2026, Start = new YearMonth(2026, 1) },
    };

    public static DateTimeZone Zone(PolicyModel version) => DateTimeZoneProviders.Tzdb[version.TimeZone];
}

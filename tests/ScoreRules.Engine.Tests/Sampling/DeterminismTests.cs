using System.Security.Cryptography;
using NodaTime;
using ScoreRules.Engine.Sampling;
using ScoreRules.Engine.Tests.Data;

namespace ScoreRules.Engine.Tests.Sampling;

public class DeterminismTests
{
    private static readonly SampleOptions Small = new() { People = 8, TicketsPerMonth = 60, Months = 2, Seed = 7, Start = new YearMonth(2026, 2) };

    // Files by name, each as the SHA-256 of its bytes, so a failure names the file without printing it.
    internal static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    private static SortedDictionary<string, string> GenerateInto(TempFolder folder, string policy, SampleOptions options)
    {
        SampleWriter.Write(SampleGenerator.Generate(ShippedPolicies.Versions(policy), options), folder.Path);
        return Files(folder.Path);
    }

    [Theory]
    [InlineData(ShippedPolicies.Bank)]
    [InlineData(ShippedPolicies.Acme)]
    public void The_same_seed_writes_the_same_bytes(string policy)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        var a = GenerateInto(first, policy, Small);
        var b = GenerateInto(second, policy, Small);

        b.ShouldBe(a);
    }

    [Theory]
    [InlineData(ShippedPolicies.Bank, "tickets.csv", "csat_survey.csv")]
    [InlineData(ShippedPolicies.Acme, "tickets.csv", "surveys.csv")]
    public void Another_seed_writes_other_tickets_and_surveys(string policy, string tickets, string surveys)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        var a = GenerateInto(first, policy, Small);
        var b = GenerateInto(second, policy, Small with { Seed = 8 });

        b[tickets].ShouldNotBe(a[tickets]);
        b[surveys].ShouldNotBe(a[surveys]);
    }

    [Fact]
    public void Writing_again_replaces_the_files_and_leaves_other_files_alone()
    {
        using var folder = new TempFolder();
        var mine = folder.Write("notes.txt", "my own notes"u8.ToArray());
        var data = SampleGenerator.Generate(ShippedPolicies.Versions(ShippedPolicies.Bank), Small);

        SampleWriter.Write(data, folder.Path);
        var before = Files(folder.Path);
        var written = SampleWriter.Write(data, folder.Path);

        Files(folder.Path).ShouldBe(before);
        File.ReadAllText(mine).ShouldBe("my own notes");
        written.Select(w => Path.GetFileName(w.Path)).ShouldBe(data.Files.Select(f => f.Path));
        written.Select(w => w.Rows).ShouldBe(data.Files.Select(f => f.Rows.Count));
        Directory.GetFiles(folder.Path, ".*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void Csv_files_use_lf_line_ends_and_no_byte_order_mark()
    {
        using var folder = new TempFolder();
        GenerateInto(folder, ShippedPolicies.Bank, Small);

        foreach (var file in Directory.GetFiles(folder.Path))
        {
            var (name, bytes) = (Path.GetFileName(file), File.ReadAllBytes(file));
            bytes.ShouldNotContain((byte)'\r', name);
            bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, name);
        }
    }
}

using ScoreRules.Engine.Data;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Sampling;
using ScoreRules.Engine.Tests.Data;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Sampling;

/// <summary>
/// A shipped policy's example data, generated once per test class into a temp folder and loaded with
/// every version, the way an evaluation would load it.
/// </summary>
public abstract class GeneratedExample : IDisposable
{
    private readonly TempFolder _folder = new();

    protected GeneratedExample(string policy)
    {
        Versions = ShippedPolicies.Versions(policy);
        Data = SampleGenerator.Generate(Versions, ShippedPolicies.ExampleOptions(policy));
        Written = SampleWriter.Write(Data, _folder.Path);
        Loads = Versions.Select(v => DataSetLoader.Load(v, _folder.Path, ShippedPolicies.Zone(v))).ToList();
    }

    public IReadOnlyList<PolicyModel> Versions { get; }
    public SampleDataSet Data { get; }
    public IReadOnlyList<WrittenFile> Written { get; }
    public IReadOnlyList<DataSetLoader.Result> Loads { get; }
    public string Folder => _folder.Path;

    /// <summary>The rows of <paramref name="source"/>, from the last version that reads it (its rows cover every month).</summary>
    public SourceTable Table(string source) => Loads.Last(l => l.Tables.ContainsKey(source)).Tables[source];

    /// <summary>The values of <paramref name="field"/> in every row of <paramref name="source"/>.</summary>
    public IReadOnlyList<object?> Values(string source, string field)
    {
        var table = Table(source);
        var index = table.FieldIndex(field);
        index.ShouldBeGreaterThanOrEqualTo(0, $"field {field} of {source}");
        return table.Rows.Select(r => r.Values[index]).ToList();
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class BankExample() : GeneratedExample(ShippedPolicies.Bank);

public sealed class AcmeExample() : GeneratedExample(ShippedPolicies.Acme);

/// <summary>The test classes that read the bank example share one generation.</summary>
[CollectionDefinition(Name)]
public sealed class BankExampleCollection : ICollectionFixture<BankExample>
{
    public const string Name = "bank example";
}

/// <summary>The test classes that read the Acme example share one generation.</summary>
[CollectionDefinition(Name)]
public sealed class AcmeExampleCollection : ICollectionFixture<AcmeExample>
{
    public const string Name = "acme example";
}

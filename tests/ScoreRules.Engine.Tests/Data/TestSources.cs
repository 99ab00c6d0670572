using System.Text;
using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Data;

/// <summary>Builds sources and data files for reader tests.</summary>
internal static class TestSources
{
    public static FieldModel Field(string name, FieldType type, string? column = null, bool optional = false, string? format = null,
        IReadOnlyDictionary<string, object?>? map = null) =>
        new(name, type, optional, format, column ?? name, map);

    public static SourceModel Source(string path, IReadOnlyList<FieldModel> fields, string? key = null, KeepRule? keep = null,
        bool skip = false, IReadOnlyList<string>? missing = null, string encoding = "utf-8", string delimiter = ",",
        SourceFormat? format = null, string? sheet = null) =>
        new("test", path, format ?? FormatOf(path), encoding, delimiter, sheet, missing ?? [""], skip, key, keep,
            fields[0].Name, null, fields, RuleLocation.None);

    private static SourceFormat FormatOf(string path) => Path.GetExtension(path) switch
    {
        ".json" => SourceFormat.Json,
        ".jsonl" => SourceFormat.JsonLines,
        ".xlsx" => SourceFormat.Xlsx,
        _ => SourceFormat.Csv,
    };

    /// <summary>Reads <paramref name="source"/> from <paramref name="folder"/> to the end.</summary>
    public static (List<DataRecord> Records, ReadContext Context) Load(SourceModel source, string folder, string zone = "UTC")
    {
        var context = new ReadContext(DateTimeZoneProviders.Tzdb[zone]);
        var records = DataLoader.Load(source, folder, context).ToList();
        return (records, context);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark into a new temp folder and reads it.</summary>
    public static (List<DataRecord> Records, ReadContext Context) LoadText(SourceModel source, string text, string zone = "UTC")
    {
        using var folder = new TempFolder();
        folder.Write(source.Path, Encoding.UTF8.GetBytes(text));
        return Load(source, folder.Path, zone);
    }

    public static Instant Utc(int year, int month, int day, int hour, int minute) =>
        Instant.FromUtc(year, month, day, hour, minute);
}

using ScoreRules.Engine.Display;
using System.Text.Json;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Output;

/// <summary>
/// The <c>--format sarif</c> report of <c>scorerules check</c>: a minimal SARIF 2.1.0 log that code
/// scanning tools read. One run; the tool's rules are every entry of <see cref="DiagnosticDescriptors.All"/>
/// (id and title); each diagnostic is a result with its rule id, level, message and, when it points
/// into a file, one physical location. Regions are 1-based, columns in UTF-16 code units.
/// </summary>
internal static class SarifReportWriter
{
    /// <summary>The JSON schema the log declares.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Writes the log of <paramref name="result"/> to <paramref name="output"/>.</summary>
    /// <param name="result">What the checker found.</param>
    /// <param name="output">Where the log goes.</param>
    /// <param name="toolVersion">The version of scorerules; its part before any <c>+</c> (build metadata such as a commit) is recorded as the driver's version.</param>
    public static void Write(CheckResult result, TextWriter output, string toolVersion)
    {
        var rules = DiagnosticDescriptors.All;
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "scorerules");
            json.WriteString("version", toolVersion.Split('+')[0]);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
                WriteRule(json, rule);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in result.Diagnostics)
                WriteResult(json, diagnostic, IndexOf(rules, diagnostic.Code));
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The artifact URI of a path as typed: a relative path becomes a relative URI reference with
    /// <c>/</c> separators; a rooted path becomes a <c>file:</c> URI. Characters outside ASCII
    /// letters, digits and <c>-._~</c> are percent-encoded as UTF-8.
    /// </summary>
    public static string ToUri(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        if (ruleIndex >= 0) json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Hint is { } hint ? $"{diagnostic.Message}\nhint: {hint}" : diagnostic.Message);
        json.WriteEndObject();
        if (diagnostic.Source is { } source)
        {
            var start = diagnostic.Position;
            var end = source.GetPosition(diagnostic.Span.End);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(source.Path));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", start.Line);
            json.WriteNumber("startColumn", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    private static int IndexOf(IReadOnlyList<DiagnosticDescriptor> rules, string code)
    {
        for (var i = 0; i < rules.Count; i++)
            if (rules[i].Code == code) return i;
        return -1;
    }
}

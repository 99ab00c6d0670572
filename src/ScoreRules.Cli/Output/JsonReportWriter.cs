using ScoreRules.Engine.Display;
using System.Text.Json;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Output;

/// <summary>
/// The <c>--format json</c> report of <c>scorerules check</c>, for scripts and BI tools:
/// <code>
/// { "files": 4, "errors": 1, "warnings": 0,
///   "diagnostics": [ { "path": "rules/a.score", "line": 3, "column": 5, "length": 4,
///                      "severity": "error", "code": "SR1003", "message": "…", "hint": null } ] }
/// </code>
/// <c>files</c> counts the files read. <c>line</c> and <c>column</c> are 1-based, <c>column</c> and
/// <c>length</c> in UTF-16 code units; all three and <c>path</c> are null for a problem tied to no
/// position in a file (the path is then in the message).
/// </summary>
internal static class JsonReportWriter
{
    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static void Write(CheckResult result, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("files", result.Files.Count);
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
                WriteDiagnostic(json, diagnostic);
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        if (diagnostic.Source is { } source)
        {
            json.WriteString("path", source.Path);
            json.WriteNumber("line", diagnostic.Position.Line);
            json.WriteNumber("column", diagnostic.Position.Column);
            json.WriteNumber("length", diagnostic.Span.Length);
        }
        else
        {
            json.WriteNull("path");
            json.WriteNull("line");
            json.WriteNull("column");
            json.WriteNull("length");
        }
        json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Hint is { } hint) json.WriteString("hint", hint);
        else json.WriteNull("hint");
        json.WriteEndObject();
    }
}

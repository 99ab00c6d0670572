using System.Reflection;

namespace ScoreRules.Cli;

/// <summary>The version of the scorerules command, as <c>--version</c> prints it.</summary>
internal static class CliVersion
{
    /// <summary>The assembly's informational version (the package version, e.g. <c>0.1.0</c>, possibly with <c>+commit</c>).</summary>
    public static string Informational { get; } =
        typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}

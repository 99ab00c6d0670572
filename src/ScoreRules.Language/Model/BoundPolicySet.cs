namespace ScoreRules.Language.Model;

/// <summary>The bound versions of one policy folder (see <see cref="PolicyBinder.BindSets"/>).</summary>
/// <param name="Folder">The folder as shown in diagnostics (e.g. rules/acme-helpdesk; "" for the current folder).</param>
/// <param name="Versions">Its versions, ordered by effective start then version label; never empty.</param>
public sealed record BoundPolicySet(string Folder, IReadOnlyList<PolicyModel> Versions);

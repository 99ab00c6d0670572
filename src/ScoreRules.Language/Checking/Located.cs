using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking;

/// <summary>A syntax node together with the file it comes from (for diagnostics and cross-file references).</summary>
/// <typeparam name="T">The node type.</typeparam>
/// <param name="Node">The node.</param>
/// <param name="Source">Its file.</param>
internal readonly record struct Located<T>(T Node, SourceText Source);

namespace ScoreRules.Engine.Sampling;

/// <summary>A file <see cref="SampleWriter"/> wrote.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Rows">Its data rows (the header not counted).</param>
/// <param name="Bytes">Its size in bytes.</param>
public sealed record WrittenFile(string Path, int Rows, long Bytes);

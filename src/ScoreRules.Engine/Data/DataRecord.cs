namespace ScoreRules.Engine.Data;

/// <summary>
/// One typed row of a source. <see cref="Values"/> is indexed like <c>SourceModel.Fields</c>; each value is
/// null (empty), <see cref="decimal"/> (int and number fields, categorical answers mapped to numbers),
/// <see cref="string"/> (text), <see cref="bool"/>, <see cref="NodaTime.LocalDate"/> (date) or
/// <see cref="NodaTime.Instant"/> (datetime; naive local times are placed in the policy's time zone).
/// </summary>
/// <param name="Row">The row as a spreadsheet shows it (CSV and xlsx: the header is row 1, the first data row is 2); for JSON the 1-based element number, for JSON Lines the line number.</param>
/// <param name="Values">The field values.</param>
public sealed record DataRecord(int Row, object?[] Values);

using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace ScoreRules.Bench.DuckDb;

/// <summary>
/// Computes, with DuckDB's SQL engine, the per-person aggregates that <c>scorerules eval</c> computes for
/// <c>rules/bank-service-desk</c> on data written by <c>scorerules sample</c>: tickets created in the
/// month, mean CSAT of the month's surveys (answers mapped to 1–5 as the policy maps them), p90 of the
/// first response time in calendar minutes (linear interpolation, like the engine's percentiles) and
/// the FCR share of resolved tickets. Usage: <c>ScoreRules.Bench.DuckDb DATA_DIR 2026-03 OUT.csv</c>;
/// the CSV has one row per person, sorted by id.
/// </summary>
public static class Program
{
    /// <summary>Runs the query and writes the CSV.</summary>
    /// <param name="args">The data folder, the month (yyyy-MM) and the output file.</param>
    /// <returns>0 on success, 2 on bad arguments.</returns>
    public static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: ScoreRules.Bench.DuckDb DATA_DIR yyyy-MM OUT.csv");
            return 2;
        }
        var (data, month, output) = (Path.GetFullPath(args[0]), args[1], args[2]);
        var start = DateTime.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = start.AddMonths(1);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Query(Path.Combine(data, "tickets.csv"), Path.Combine(data, "csat_survey.csv"), start, end);
        using var reader = command.ExecuteReader();
        var text = new StringBuilder("person,tickets,csat,frt_p90_calendar_minutes,fcr\n");
        while (reader.Read())
        {
            text.Append(reader.GetString(0)).Append(',')
                .Append(reader.IsDBNull(1) ? "" : reader.GetInt64(1).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Number(reader, 2)).Append(',').Append(Number(reader, 3)).Append(',').Append(Number(reader, 4)).Append('\n');
        }
        File.WriteAllText(output, text.ToString());
        return 0;
    }

    private static string Number(DuckDBDataReader reader, int column) =>
        reader.IsDBNull(column) ? "" : Convert.ToDouble(reader.GetValue(column), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);

    private static string Query(string tickets, string surveys, DateTime start, DateTime end)
    {
        var from = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            WITH t AS (
              SELECT assignee AS person,
                     strptime(created_at, '%Y-%m-%d %H:%M') AS created,
                     strptime(first_response_at, '%Y-%m-%d %H:%M') AS responded,
                     resolved_at, contact_count, reassignment_count, reopen_count
              FROM read_csv('{tickets}', header = true, all_varchar = true)
            ), tm AS (
              SELECT person,
                     count(*) AS tickets,
                     quantile_cont(date_diff('minute', created, responded), 0.9) FILTER (WHERE responded IS NOT NULL) AS frt_p90,
                     avg(CASE WHEN contact_count = '1' AND reassignment_count = '0' AND reopen_count = '0' THEN 1.0 ELSE 0.0 END)
                       FILTER (WHERE resolved_at IS NOT NULL AND resolved_at <> '') AS fcr
              FROM t WHERE created >= TIMESTAMP '{from}' AND created < TIMESTAMP '{to}'
              GROUP BY person
            ), s AS (
              SELECT "承辦人員" AS person, strptime("填答時間", '%Y/%-m/%-d %H:%M') AS answered,
                     CASE "整體滿意度" WHEN '非常不滿意' THEN 1 WHEN '不滿意' THEN 2 WHEN '普通' THEN 3
                                       WHEN '滿意' THEN 4 WHEN '非常滿意' THEN 5 END AS csat
              FROM read_csv('{surveys}', header = true, all_varchar = true)
            ), sm AS (
              SELECT person, avg(csat) AS csat FROM s
              WHERE answered >= TIMESTAMP '{from}' AND answered < TIMESTAMP '{to}'
              GROUP BY person
            )
            SELECT coalesce(tm.person, sm.person) AS person, tm.tickets, sm.csat, tm.frt_p90, tm.fcr
            FROM tm FULL OUTER JOIN sm ON tm.person = sm.person
            ORDER BY person
            """;
    }
}

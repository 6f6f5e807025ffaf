using System.Globalization;
using System.Text.Json;

namespace SectorScope.Workspace;

public static partial class HistoryJson
{
    /// <summary>Walks the parsed document, checking each key against the line it was read at.</summary>
    private sealed class EntryReader(string file, IReadOnlyDictionary<string, int> lines, IReadOnlyList<string> ratingScale, DiagnosticBag diagnostics)
    {
        private static readonly string[] RootKeys = ["as_of", "companies", "firm", "period", "schema", "sector", "sector_rating", "subtitle", "title"];
        private static readonly string[] CompanyKeys = ["code", "currency", "eps", "name", "rating", "target_price"];
        private static readonly string[] EpsKeys = ["currency", "eps", "year"];

        private bool _failed;

        public HistoryEntry? Entry(JsonElement root, ReportPeriod expected)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", "json", ReaderMessages.HistoryNotObject);
                return null;
            }

            Keys(root, "$", RootKeys);
            if (RequiredString(root, "$", "schema") is { } schema && schema != HistoryEntry.Schema)
            {
                Error("$.schema", "schema", ReaderMessages.NotSchema(schema ?? "", HistoryEntry.Schema));
            }

            var periodText = RequiredString(root, "$", "period");
            if (periodText is not null && (!ReportPeriod.TryParse(periodText, out var period) || period != expected))
            {
                Error("$.period", "period", ReaderMessages.PeriodNotFileName(periodText ?? "", expected.ToString()));
            }

            DateOnly? asOf = null;
            if (RequiredString(root, "$", "as_of") is { } asOfText)
            {
                asOf = InputDates.TryParse(asOfText, out var d) ? d : Error<DateOnly?>("$.as_of", "as_of", InputDates.NotADate(asOfText));
            }

            var title = RequiredString(root, "$", "title");
            var subtitle = OptionalString(root, "$", "subtitle");
            var sector = OptionalString(root, "$", "sector");
            // Absent in entries written before the firm was kept: such an entry is matched by its sector alone.
            var firm = OptionalString(root, "$", "firm");
            var sectorRating = OptionalString(root, "$", "sector_rating");
            if (sectorRating is not null && !ratingScale.Contains(sectorRating))
            {
                Error("$.sector_rating", "sector_rating", ReaderMessages.NotInRatingScale(sectorRating, ratingScale));
            }

            var companies = new List<HistoryCompany>();
            if (!root.TryGetProperty("companies", out var list))
            {
                Error("$", "companies", ReaderMessages.Missing);
            }
            else if (list.ValueKind != JsonValueKind.Array)
            {
                Error("$.companies", "companies", ReaderMessages.ExpectedCompanies);
            }
            else
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                int i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (Company(item, $"$.companies[{i++}]") is { } c)
                    {
                        if (seen.Add(c.Code))
                        {
                            companies.Add(c);
                        }
                        else
                        {
                            Error($"$.companies[{i - 1}].code", "code", ReaderMessages.ListedTwice(c.Code));
                        }
                    }
                }
            }

            return _failed || title is null || asOf is null
                ? null
                : new HistoryEntry(expected, asOf.Value, title, subtitle, sector, sectorRating, companies, file, firm);
        }

        private HistoryCompany? Company(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Error(path, "companies", ReaderMessages.ExpectedCompanyObject);
                return null;
            }

            Keys(e, path, CompanyKeys);
            var code = RequiredString(e, path, "code");
            var name = OptionalString(e, path, "name");
            var rating = OptionalString(e, path, "rating");
            if (rating is not null && !ratingScale.Contains(rating))
            {
                Error($"{path}.rating", "rating", ReaderMessages.NotInRatingScale(rating, ratingScale));
            }

            var target = OptionalNumber(e, path, "target_price");
            if (target is <= 0)
            {
                Error($"{path}.target_price", "target_price", ReaderMessages.NotAPositivePrice(target.Value.ToString(CultureInfo.InvariantCulture)));
            }

            var currency = OptionalString(e, path, "currency");
            var eps = new List<HistoryEps>();
            if (e.TryGetProperty("eps", out var years))
            {
                if (years.ValueKind != JsonValueKind.Array)
                {
                    Error($"{path}.eps", "eps", ReaderMessages.ExpectedEpsArray);
                }
                else
                {
                    int i = 0;
                    foreach (var y in years.EnumerateArray())
                    {
                        var at = $"{path}.eps[{i++}]";
                        if (Eps(y, at) is not { } row)
                        {
                            continue;
                        }

                        if (eps.Any(x => x.Year == row.Year))
                        {
                            Error($"{at}.year", "year", ReaderMessages.ListedTwice(row.Year.ToString(CultureInfo.InvariantCulture)));
                            continue;
                        }

                        eps.Add(row);
                    }
                }
            }

            return code is null ? null : new HistoryCompany(code, name ?? code, rating, target, currency, eps);
        }

        private HistoryEps? Eps(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Error(path, "eps", ReaderMessages.ExpectedEpsObject);
                return null;
            }

            Keys(e, path, EpsKeys);
            int? year = null;
            if (!e.TryGetProperty("year", out var y))
            {
                Error(path, "year", ReaderMessages.Missing);
            }
            else if (y.ValueKind != JsonValueKind.Number || !y.TryGetInt32(out var v) || v is < 1900 or > 2999)
            {
                Error($"{path}.year", "year", ReaderMessages.NotAFiscalYear(y.GetRawText()));
            }
            else
            {
                year = v;
            }

            var eps = OptionalNumber(e, path, "eps");
            var currency = RequiredString(e, path, "currency");
            return year is null || currency is null ? null : new HistoryEps(year.Value, eps, currency);
        }

        private void Keys(JsonElement e, string path, string[] known)
        {
            foreach (var p in e.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
            {
                Error($"{path}.{p.Name}", p.Name, ReaderMessages.UnknownKey(known));
            }
        }

        private string? RequiredString(JsonElement e, string path, string key)
        {
            if (!e.TryGetProperty(key, out _))
            {
                Error(path, key, ReaderMessages.Missing);
                return null;
            }

            return OptionalString(e, path, key) is { Length: > 0 } s ? s : Error<string?>($"{path}.{key}", key, ReaderMessages.MustNotBeEmpty);
        }

        private string? OptionalString(JsonElement e, string path, string key)
        {
            if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                return Error<string?>($"{path}.{key}", key, $"{v.GetRawText()} is not a string");
            }

            return DocumentText.FromJson(v, out var problem) ?? Error<string?>($"{path}.{key}", key, problem!);
        }

        private double? OptionalNumber(JsonElement e, string path, string key)
        {
            if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (!(v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)))
            {
                return Error<double?>($"{path}.{key}", key, $"{v.GetRawText()} is not a number");
            }

            return InputLimits.OutOfRange(d) is { } range ? Error<double?>($"{path}.{key}", key, range) : d;
        }

        private void Error(string path, string key, string reason)
        {
            _failed = true;
            diagnostics.Add(file, lines.GetValueOrDefault(path, 1), key, reason);
        }

        private T Error<T>(string path, string key, string reason)
        {
            Error(path, key, reason);
            return default!;
        }
    }
}

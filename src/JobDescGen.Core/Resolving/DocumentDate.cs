using System.Globalization;

namespace JobDescGen.Resolving;

/// <summary>
/// The date a document shows when its profile gives none: SOURCE_DATE_EPOCH when set (reproducible
/// builds), else today.
/// </summary>
public static class DocumentDate
{
    /// <summary>The environment variable of the reproducible-builds convention.</summary>
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>The fallback date, read from <paramref name="sourceDateEpoch"/> (seconds since 1970) or the clock.</summary>
    /// <exception cref="FormatException">The variable is set but is not a whole number of seconds.</exception>
    public static DateOnly Fallback(string? sourceDateEpoch, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        }

        // 253402300799 is 9999-12-31T23:59:59Z, the last second a DateTimeOffset can hold.
        if (!long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            throw new FormatException($"{SourceDateEpochVariable} must be a number of seconds since 1970-01-01, not '{sourceDateEpoch}'");
        }

        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
    }
}

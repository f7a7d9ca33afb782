using System.Globalization;
using Enterprise.Eval.Domain.People;

namespace Enterprise.Eval.Benchmarks.Roster;

/// <summary>
/// Builds GB 11643 numbers with their check character, for generated rosters only. Each number is confirmed by the
/// domain's <see cref="ResidentIdNumber"/>, so a generator bug fails here and not as a thousand import errors.
/// </summary>
internal static class ResidentIdFactory
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <param name="area">Six-digit administrative area code.</param>
    /// <param name="sequence">0–999; odd is male.</param>
    public static string Create(string area, DateOnly birth, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{area}{birth:yyyyMMdd}{sequence:000}");
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (body[i] - '0') * Weights[i];
        var number = body + CheckCharacters[sum % 11];
        if (!ResidentIdNumber.TryParse(number, out _, out var error))
            throw new InvalidOperationException($"Generated an invalid ID number ({error!.Value.Code}).");
        return number;
    }
}

namespace Enterprise.Eval.Domain.Certificates;

/// <summary>One segment of a valid certificate number with its meaning in Chinese (for `cert check` and support staff).</summary>
public sealed record CertificateNumberPart(int FirstPosition, int LastPosition, string Label, string Text, string Meaning)
{
    public string Positions => FirstPosition == LastPosition ? $"第{FirstPosition}位" : $"第{FirstPosition}–{LastPosition}位";
}

using Enterprise.Eval.Domain.Common;

namespace Enterprise.Eval.Domain.Publicity;

/// <summary>Codes for objection findings (shown on the public form) and broken publicity invariants.</summary>
public static class PublicityErrors
{
    public const string TextRequired = "EVAL-PUB-001";
    public const string TextTooLong = "EVAL-PUB-002";
    public const string NameRequired = "EVAL-PUB-003";
    public const string ContactRequired = "EVAL-PUB-004";
    public const string UnknownEntry = "EVAL-PUB-005";
    public const string NotStarted = "EVAL-PUB-006";
    public const string Ended = "EVAL-PUB-007";
    public const string FieldTooLong = "EVAL-PUB-008";
    public const string ContactFormat = "EVAL-PUB-009";
    public const string NameControlCharacters = "EVAL-PUB-010";
    public const string NoEntriesCode = "EVAL-PUB-020";
    public const string ObjectionNotFoundCode = "EVAL-PUB-021";
    public const string AlreadyResolvedCode = "EVAL-PUB-022";
    public const string ReasonRequiredCode = "EVAL-PUB-023";
    public const string DuplicateEntryCode = "EVAL-PUB-024";

    public const int MaxTextLength = 2000;
    public const int MaxFieldLength = 100;

    public static DomainException NoEntries() => new(NoEntriesCode, "公示名单为空，不能开始公示。");

    public static DomainException DuplicateEntry(Guid applicationId) =>
        new(DuplicateEntryCode, $"公示名单中申请“{applicationId}”出现了多次。");

    public static DomainException ObjectionNotFound(int number) => new(ObjectionNotFoundCode, $"未找到编号为{number}的异议。");

    public static DomainException AlreadyResolved(int number) => new(AlreadyResolvedCode, $"异议{number}已处理，不能重复处理。");

    public static DomainException ReasonRequired() => new(ReasonRequiredCode, "处理异议须写明理由。");
}

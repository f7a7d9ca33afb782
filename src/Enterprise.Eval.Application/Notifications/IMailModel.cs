namespace Enterprise.Eval.Application.Notifications;

/// <summary>
/// The typed model of one kind of mail. The templates read camelCase keys; the model names them in one place
/// (<see cref="ToTemplateModel"/>), so a caller cannot misspell a key or forget one.
/// </summary>
public interface IMailModel
{
    IReadOnlyDictionary<string, object?> ToTemplateModel();
}

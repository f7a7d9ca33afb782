namespace Enterprise.Eval.Infrastructure.Mail;

/// <summary>Pickup writes .eml files to a folder (the embedded default); Smtp hands mails to a server.</summary>
public enum MailDelivery
{
    Pickup,
    Smtp,
}

using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedOnAdd();
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(m => m.DedupKey).IsRequired().HasMaxLength(300);
        b.Property(m => m.RecipientAddress).IsRequired().HasMaxLength(254);
        b.Property(m => m.RecipientName).IsRequired().HasMaxLength(100);
        b.Property(m => m.Subject).IsRequired().HasMaxLength(500);
        b.Property(m => m.TextBody).IsRequired();
        b.Property(m => m.HtmlBody).IsRequired();
        b.Property(m => m.MessageId).IsRequired().HasMaxLength(100);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Ignore(m => m.NextAttemptAt);
        b.HasIndex(m => new { m.EnterpriseId, m.DedupKey }).IsUnique();
        b.HasIndex(m => new { m.Status, m.DueAt });
        b.HasIndex(m => m.ClaimToken);
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

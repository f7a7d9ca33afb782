using Enterprise.Eval.Domain.Accounts;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class ConsoleAccountConfiguration : IEntityTypeConfiguration<ConsoleAccount>
{
    public void Configure(EntityTypeBuilder<ConsoleAccount> b)
    {
        b.ToTable("console_accounts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Email).IsRequired().HasMaxLength(200);
        b.HasIndex(a => a.Email).IsUnique();
        b.Property(a => a.DisplayName).IsRequired().HasMaxLength(50);
        b.Property(a => a.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.PasswordHash).HasMaxLength(200);
        b.Property(a => a.InvitationTokenHash).HasMaxLength(64);
        b.Property(a => a.SecurityStamp).IsRequired().HasMaxLength(32);
        b.Property(a => a.PlatformIssuer).HasMaxLength(300);
        b.Property(a => a.PlatformSubject).HasMaxLength(200);
        // One account per platform person; the filter keeps SQL Server from counting the many unlinked (NULL) rows as duplicates.
        b.HasIndex(a => new { a.PlatformIssuer, a.PlatformSubject }).IsUnique().HasFilter("\"PlatformSubject\" IS NOT NULL");
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(a => a.IsActive);
        b.Ignore(a => a.IsLinkedToPlatform);
    }
}

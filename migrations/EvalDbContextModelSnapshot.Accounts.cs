using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildAccounts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Domain.Accounts.ConsoleAccount", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<string>("Email").IsRequired().HasMaxLength(200);
            b.Property<string>("DisplayName").IsRequired().HasMaxLength(50);
            b.Property<string>("Role").IsRequired().HasMaxLength(30);
            b.Property<string>("PasswordHash").HasMaxLength(200);
            b.Property<int>("FailedSignIns");
            b.Property<DateTimeOffset?>("LockedOutUntil");
            b.Property<string>("InvitationTokenHash").HasMaxLength(64);
            b.Property<DateTimeOffset?>("InvitationExpiresAt");
            b.Property<string>("SecurityStamp").IsRequired().HasMaxLength(32);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<DateTimeOffset?>("ActivatedAt");
            b.Property<string>("PlatformIssuer").HasMaxLength(300);
            b.Property<string>("PlatformSubject").HasMaxLength(200);
            b.HasKey("Id");
            b.HasIndex("Email").IsUnique();
            b.HasIndex("EnterpriseId");
            b.HasIndex("PlatformIssuer", "PlatformSubject").IsUnique().HasFilter("\"PlatformSubject\" IS NOT NULL");
            b.ToTable("console_accounts");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
    }
}

using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildApiAccess(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Application.Idempotency.IdempotencyRecord", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Scope").IsRequired().HasMaxLength(60);
            b.Property<string>("Key").IsRequired().HasMaxLength(255);
            b.Property<string>("Method").IsRequired().HasMaxLength(10);
            b.Property<string>("Path").IsRequired().HasMaxLength(2000);
            b.Property<string>("RequestHash").IsRequired().HasMaxLength(64);
            b.Property<bool>("Completed");
            b.Property<int?>("StatusCode");
            b.Property<string>("ContentType").HasMaxLength(200);
            b.Property<string>("Headers");
            b.Property<byte[]>("ResponseBody");
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<long>("LockedUntilMs");
            b.Property<long>("ExpiresAtMs");
            b.HasKey("Id");
            b.HasIndex("ExpiresAtMs");
            b.HasIndex("Scope", "Key").IsUnique();
            b.ToTable("idempotency_records");
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Applications.SkillApplication", b =>
        {
            b.Property<string>("StatusToken").HasMaxLength(64);
            b.HasIndex("StatusToken").IsUnique().HasFilter("\"StatusToken\" IS NOT NULL");
        });
    }
}

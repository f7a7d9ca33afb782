using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildCertificates(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Infrastructure.Persistence.Certificates.CertificateSerialCounterRow", b =>
        {
            b.Property<string>("Prefix").HasMaxLength(16);
            b.Property<int>("LastIssuedSerial");
            b.HasKey("Prefix");
            b.ToTable("certificate_serial_counters");
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Certificates.Certificate", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid?>("CycleId");
            b.Property<string>("Number").IsRequired().HasMaxLength(22);
            b.Property<Guid>("HolderEmployeeId");
            b.Property<string>("HolderName").IsRequired().HasMaxLength(100);
            b.Property<string>("OccupationCode").IsRequired().HasMaxLength(20);
            b.Property<string>("OccupationName").IsRequired().HasMaxLength(100);
            b.Property<string>("WorkType").HasMaxLength(100);
            b.Property<DateOnly>("IssueDate");
            b.Property<string>("StageScores").IsRequired();
            b.Property<string>("RevocationReason").HasMaxLength(500);
            b.Property<DateTimeOffset?>("RevokedAt");
            b.HasKey("Id");
            b.HasIndex("HolderEmployeeId");
            b.HasIndex("Number").IsUnique();
            b.HasIndex("EnterpriseId", "CycleId");
            b.ToTable("certificates");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Roster.Employee", null).WithMany()
                .HasForeignKey("HolderEmployeeId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Certificates.ExportBatch", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("CycleId");
            b.Property<string>("AdapterName").IsRequired().HasMaxLength(100);
            b.Property<int>("RowCount");
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.Property<DateTimeOffset>("ExportedAt");
            b.Property<string>("ExportedBy").IsRequired().HasMaxLength(100);
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<string>("Subject").IsRequired().HasMaxLength(30);
            b.Property<DateTimeOffset?>("AnsweredAt");
            b.Property<string>("AnsweredBy").HasMaxLength(100);
            b.Property<string>("RejectedRows").HasMaxLength(4000);
            b.Property<string>("RejectionReason").HasMaxLength(500);
            b.HasKey("Id");
            b.HasIndex("EnterpriseId", "CycleId");
            b.ToTable("export_batches");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
    }
}

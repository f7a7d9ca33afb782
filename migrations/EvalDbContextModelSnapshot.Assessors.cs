using Microsoft.EntityFrameworkCore;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    /// <summary>Issue 19 point 1: assessors, their keys, which enterprise is assigned to which, and the assessor a scheme was submitted to.</summary>
    static partial void BuildAssessors(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Domain.Assessors.Assessor", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<DateTimeOffset>("CreatedAt");
            b.HasKey("Id");
            b.HasIndex("Name").IsUnique();
            b.ToTable("assessors");
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Assessors.AssessorKey", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("AssessorId");
            b.Property<string>("Prefix").IsRequired().HasMaxLength(12);
            b.Property<string>("SecretHash").IsRequired().HasMaxLength(64);
            b.Property<DateTimeOffset>("IssuedAt");
            b.Property<DateTimeOffset?>("RevokedAt");
            b.HasKey("Id");
            b.HasIndex("AssessorId");
            b.HasIndex("Prefix").IsUnique();
            b.ToTable("assessor_keys");
            b.HasOne("Enterprise.Eval.Domain.Assessors.Assessor", null).WithMany()
                .HasForeignKey("AssessorId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.Assessors.AssessorAssignment", b =>
        {
            b.Property<Guid>("EnterpriseId");
            b.Property<Guid>("AssessorId");
            b.Property<DateTimeOffset>("AssignedAt");
            b.HasKey("EnterpriseId");
            b.HasIndex("AssessorId");
            b.ToTable("assessor_assignments");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Enterprise.Eval.Domain.Assessors.Assessor", null).WithMany()
                .HasForeignKey("AssessorId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Enterprise.Eval.Domain.SchemeDocuments.SchemeDocument", b =>
        {
            b.Property<Guid?>("AssessorId");
            b.HasIndex("AssessorId", "Status");
        });
    }
}

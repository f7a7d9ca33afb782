using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.ToTable("employees");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(e => e.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.EnterpriseId, e.EmployeeNumber }).IsUnique();
        b.Property(e => e.EmployeeNumber).IsRequired().HasMaxLength(50);
        b.Property(e => e.Name).IsRequired().HasMaxLength(100);
        b.Property(e => e.IdNumber).IsRequired().HasMaxLength(18);
        b.Property(e => e.Gender).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Department).IsRequired().HasMaxLength(200);
        b.Property(e => e.OccupationCode).IsRequired().HasMaxLength(20);
        b.Property(e => e.OccupationName).IsRequired().HasMaxLength(100);
        b.Property(e => e.WorkType).HasMaxLength(100);
        b.Property(e => e.SkillLevel).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Education).HasMaxLength(20);
        b.Property(e => e.TitleName).HasMaxLength(100);
        b.Property(e => e.TitleRank).HasMaxLength(10);
        b.Property(e => e.Email).HasMaxLength(200);
        b.Property(e => e.Mobile).HasMaxLength(20);
        b.Property(e => e.LineManagerNumber).HasMaxLength(50);
    }
}

using Enterprise.Eval.Domain.Assessors;
using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class AssessorAssignmentConfiguration : IEntityTypeConfiguration<AssessorAssignment>
{
    public void Configure(EntityTypeBuilder<AssessorAssignment> b)
    {
        b.ToTable("assessor_assignments");
        b.HasKey(a => a.EnterpriseId);
        b.Property(a => a.EnterpriseId).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Assessor>().WithMany().HasForeignKey(a => a.AssessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

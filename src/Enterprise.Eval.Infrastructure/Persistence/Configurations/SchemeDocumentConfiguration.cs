using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.SchemeDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class SchemeDocumentConfiguration : IEntityTypeConfiguration<SchemeDocument>
{
    public void Configure(EntityTypeBuilder<SchemeDocument> b)
    {
        b.ToTable("scheme_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(d => d.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.TemplateId).IsRequired().HasMaxLength(100);
        b.Property(d => d.Title).IsRequired().HasMaxLength(200);
        b.Property(d => d.TargetLevel).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.FileName).IsRequired().HasMaxLength(200);
        b.Property(d => d.Content).IsRequired();
        b.Property(d => d.Sha256).IsRequired().HasMaxLength(64);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.ReturnComments).HasMaxLength(2000);
        b.Property(d => d.UploadedBy).IsRequired().HasMaxLength(100);
        b.HasIndex(d => new { d.EnterpriseId, d.Sha256 });
        b.Ignore(d => d.CanOpenCycle);
        // No foreign key: SQLite cannot add one to an existing table without a rebuild; a submission stores the assigned assessor only.
        b.HasIndex(d => new { d.AssessorId, d.Status });
    }
}

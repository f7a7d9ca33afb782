using Enterprise.Eval.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

internal sealed class RegisteredEnterpriseConfiguration : IEntityTypeConfiguration<RegisteredEnterprise>
{
    public void Configure(EntityTypeBuilder<RegisteredEnterprise> b)
    {
        b.ToTable("enterprises");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Name).IsRequired().HasMaxLength(200);
        b.Property(e => e.CreditCode).IsRequired().HasMaxLength(18);
        b.HasIndex(e => e.CreditCode).IsUnique();
        b.Property(e => e.EvaluatorType).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.EvaluatorCode).IsRequired().HasMaxLength(4);
        b.Property(e => e.ProvinceCode).IsRequired().HasMaxLength(2);
        b.Property(e => e.SiteSequenceCode).IsRequired().HasMaxLength(6);
        b.Property(e => e.RegistrationAuthority).IsRequired().HasMaxLength(200);
        b.Property(e => e.RegistrationNumber).IsRequired().HasMaxLength(100);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(e => e.EvaluatorTypeLetter);
        b.Property(e => e.HrContactName).HasMaxLength(HrContact.MaxNameLength);
        b.Property(e => e.HrContactEmail).HasMaxLength(HrContact.MaxEmailLength);
        b.Ignore(e => e.HrContact);
    }
}

using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

/// <summary>
/// A notice in <c>publicity_notices</c> (one per cycle, found by its token for the public page), its list snapshot in
/// <c>publicity_entries</c> and its objections in <c>publicity_objections</c>; both are owned and saved with it.
/// </summary>
internal sealed class PublicityNoticeConfiguration : IEntityTypeConfiguration<PublicityNotice>
{
    public void Configure(EntityTypeBuilder<PublicityNotice> b)
    {
        b.ToTable("publicity_notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(n => n.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvaluationCycle>().WithMany().HasForeignKey(n => n.CycleId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => n.CycleId).IsUnique();
        b.HasIndex(n => n.Token).IsUnique();
        b.HasIndex(n => n.EnterpriseId);
        b.Property(n => n.EnterpriseName).IsRequired().HasMaxLength(200);
        b.Property(n => n.Level).HasConversion<string>().HasMaxLength(30);
        b.Property(n => n.Token).IsRequired().HasMaxLength(64);
        b.Property(n => n.ObjectionContact).HasMaxLength(200);
        b.Property(n => n.HrEmail).HasMaxLength(254);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(n => n.ConfirmedEntries);

        b.OwnsMany(n => n.Entries, e =>
        {
            e.ToTable("publicity_entries");
            e.WithOwner().HasForeignKey("NoticeId");
            e.Property<long>("Id").ValueGeneratedOnAdd();
            e.HasKey("Id");
            e.Property(x => x.Name).IsRequired().HasMaxLength(100);
            e.Property(x => x.Gender).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Department).IsRequired().HasMaxLength(200);
            e.Property(x => x.OccupationName).IsRequired().HasMaxLength(200);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.RemovedReason).HasMaxLength(1000);
        });
        b.Navigation(n => n.Entries).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_entries");

        b.OwnsMany(n => n.Objections, o =>
        {
            o.ToTable("publicity_objections");
            o.WithOwner().HasForeignKey("NoticeId");
            o.Property<long>("Id").ValueGeneratedOnAdd();
            o.HasKey("Id");
            o.HasIndex("NoticeId", nameof(PublicityObjection.Number)).IsUnique();
            o.Property(x => x.Text).IsRequired().HasMaxLength(PublicityErrors.MaxTextLength);
            o.Property(x => x.ObjectorName).HasMaxLength(PublicityErrors.MaxFieldLength);
            o.Property(x => x.ObjectorContact).HasMaxLength(PublicityErrors.MaxFieldLength);
            o.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.Resolution).HasMaxLength(1000);
            o.Property(x => x.ResolvedBy).HasMaxLength(100);
        });
        b.Navigation(n => n.Objections).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_objections");
    }
}

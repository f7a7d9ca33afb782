using Enterprise.Eval.Domain.Cycles;
using Enterprise.Eval.Domain.Enterprises;
using Enterprise.Eval.Domain.SchemeDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

/// <summary>
/// A cycle in table <c>cycles</c>, its timetable in <c>cycle_timetables</c> (no row while a draft) and its history in
/// <c>cycle_events</c>. <see cref="VersionProperty"/> is the optimistic concurrency token: a save based on a version
/// another worker has moved affects no row and is refused, so two workers can never both take a step.
/// </summary>
internal sealed class EvaluationCycleConfiguration : IEntityTypeConfiguration<EvaluationCycle>
{
    public const string VersionProperty = "Version";

    public void Configure(EntityTypeBuilder<EvaluationCycle> b)
    {
        b.ToTable("cycles");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<RegisteredEnterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchemeDocument>().WithMany().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.EnterpriseId, c.SchemeId, c.Year }).IsUnique();
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CertificateIssuer).HasConversion<string>().HasMaxLength(20);
        b.Property<int>(VersionProperty).IsConcurrencyToken();

        // Its own table rather than table splitting: a draft has no timetable, and every column stays NOT NULL.
        b.OwnsOne(c => c.Timetable, t =>
        {
            t.ToTable("cycle_timetables");
            t.WithOwner().HasForeignKey("CycleId");
            t.HasKey("CycleId");
        });
        b.Navigation(c => c.Timetable).IsRequired(false);

        b.OwnsMany(c => c.History, e =>
        {
            e.ToTable("cycle_events");
            e.WithOwner().HasForeignKey("CycleId");
            e.Property<long>("Id").ValueGeneratedOnAdd();
            e.HasKey("Id");
            e.Property(x => x.What).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.By).IsRequired().HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(500);
        });
        b.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
    }
}

using Enterprise.Eval.Application.Applications;
using Enterprise.Eval.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace Enterprise.Eval.Infrastructure.Persistence.Configurations;

/// <summary>
/// The status-page token on <c>applications</c>: a shadow column filled when an application is added, whichever use
/// case adds it (API, CSV import, demo), so no creation path can forget it.
/// </summary>
internal sealed class ApplicationStatusTokenConfiguration : IEntityTypeConfiguration<SkillApplication>
{
    public void Configure(EntityTypeBuilder<SkillApplication> b)
    {
        b.Property<string?>(ApplicantStatusToken.Property).HasMaxLength(ApplicantStatusToken.MaxLength).HasValueGenerator<TokenGenerator>();
        // Unique among the tokens that exist; rows stored before tokens existed have none. Written out (not left to
        // conventions) so SQLite, PostgreSQL and SQL Server build the same filtered index from one migration set.
        b.HasIndex(ApplicantStatusToken.Property).IsUnique().HasFilter("\"StatusToken\" IS NOT NULL");
    }

    private sealed class TokenGenerator : ValueGenerator<string>
    {
        public override bool GeneratesTemporaryValues => false;

        public override string Next(EntityEntry entry) => ApplicantStatusToken.New();
    }
}

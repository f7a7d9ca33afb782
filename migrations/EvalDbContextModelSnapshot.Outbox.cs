using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Enterprise.Eval.Migrations;

public sealed partial class EvalDbContextModelSnapshot
{
    static partial void BuildOutbox(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("Enterprise.Eval.Domain.Notifications.OutboxMessage", b =>
        {
            b.Property<long>("Id").ValueGeneratedOnAdd()
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                .HasAnnotation("SqlServer:ValueGenerationStrategy", Microsoft.EntityFrameworkCore.Metadata.SqlServerValueGenerationStrategy.IdentityColumn)
                .HasAnnotation("Sqlite:Autoincrement", true);
            b.Property<Guid>("EnterpriseId");
            b.Property<string>("Kind").IsRequired().HasMaxLength(40);
            b.Property<string>("DedupKey").IsRequired().HasMaxLength(300);
            b.Property<string>("RecipientAddress").IsRequired().HasMaxLength(254);
            b.Property<string>("RecipientName").IsRequired().HasMaxLength(100);
            b.Property<string>("Subject").IsRequired().HasMaxLength(500);
            b.Property<string>("TextBody").IsRequired();
            b.Property<string>("HtmlBody").IsRequired();
            b.Property<string>("MessageId").IsRequired().HasMaxLength(100);
            b.Property<string>("Status").IsRequired().HasMaxLength(20);
            b.Property<int>("Attempts");
            b.Property<long>("DueAt");
            b.Property<Guid?>("ClaimToken");
            b.Property<string>("LastError").HasMaxLength(1000);
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<DateTimeOffset?>("SentAt");
            b.HasKey("Id");
            b.HasIndex("ClaimToken");
            b.HasIndex("Status", "DueAt");
            b.HasIndex("EnterpriseId", "DedupKey").IsUnique();
            b.ToTable("outbox_messages");
            b.HasOne("Enterprise.Eval.Domain.Enterprises.RegisteredEnterprise", null).WithMany()
                .HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
    }
}

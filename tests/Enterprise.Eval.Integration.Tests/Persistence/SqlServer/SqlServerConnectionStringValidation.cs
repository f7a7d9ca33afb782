using Enterprise.Eval.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enterprise.Eval.Integration.Tests.Persistence.SqlServer;

/// <summary>A SQL Server connection string is checked at start-up by SqlClient's own parser; the message names the key and the fix, never the value.</summary>
public sealed class SqlServerConnectionStringValidation
{
    private static List<string> Errors(string? connectionString) =>
        new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = connectionString }.Validate().ToList();

    [Fact]
    public void AWellFormedConnectionString_IsAccepted() =>
        Assert.Empty(Errors(OfflineSqlServer.Options.ConnectionString));

    [Fact]
    public void AnEmptyConnectionString_IsRefused_WithTheKeyAndAnExample()
    {
        var error = Assert.Single(Errors("  "));
        Assert.StartsWith("EVAL-DB-001 配置项 Database:ConnectionString 为空", error);
        Assert.Contains("Server=", error);
    }

    [Theory]
    [InlineData("Server=db.example.com;Databse=eval;User ID=eval;Password=s3cret-pw")] // misspelt keyword
    [InlineData("Server=db.example.com;Database=eval;Password")] // a key without a value
    [InlineData("Host=127.0.0.1;Port=5432;Database=eval;Username=eval;Password=s3cret-pw")] // a PostgreSQL string
    public void AMalformedConnectionString_IsRefused_WithTheKeyAndTheFix_AndWithoutItsPassword(string connectionString)
    {
        var error = Assert.Single(Errors(connectionString));
        Assert.StartsWith("EVAL-DB-002 配置项 Database:ConnectionString 不是有效的 SQL Server 连接字符串", error);
        Assert.Contains("请使用", error);
        Assert.DoesNotContain("s3cret-pw", error);
    }

    [Fact]
    public void AConnectionStringWithoutServerOrDatabase_IsRefused_NamingWhatIsMissing()
    {
        var errors = Errors("User ID=eval;Password=s3cret-pw;Encrypt=True");
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("EVAL-DB-003 配置项 Database:ConnectionString 缺少服务器", errors[0]);
        Assert.StartsWith("EVAL-DB-004 配置项 Database:ConnectionString 缺少数据库名", errors[1]);
        Assert.All(errors, e => Assert.DoesNotContain("s3cret-pw", e));
    }

    [Fact]
    public void TheServiceRefusesToStart_WithAMalformedSqlServerConnectionString()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer", ["Database:ConnectionString"] = "Server=db;Databse=eval",
        }).Build();
        services.AddPersistence(configuration);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<DatabaseOptions>>();
        var failure = Assert.Throws<OptionsValidationException>(() => options.Value);
        Assert.Contains(failure.Failures, f => f.StartsWith("EVAL-DB-002", StringComparison.Ordinal));
    }
}

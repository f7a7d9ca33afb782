using System.Net;
using Enterprise.Eval.Application.Enterprises;
using Enterprise.Eval.Application.Publicity;
using Enterprise.Eval.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Integration.Tests.Publicity;

/// <summary>
/// The suspension rule at the one place every door shares, the save: the use cases the command line and the console
/// call (not only the API, whose early guard SuspensionGuardSpecs walks) change nothing of a suspended enterprise,
/// nor does the public objection form, while the registry's own moves still work.
/// </summary>
public sealed class SuspendedEnterpriseSpecs : IAsyncLifetime
{
    private PublicityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PublicityHost.StartAsync();
        await _host.StartPublicityAsync();
        var (status, _, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(0), "业绩材料与实际不符。", "李四", "13812345678");
        Assert.Equal(HttpStatusCode.Redirect, status);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Guid Entry(int i) => _host.Candidates[i].GetProperty("applicationId").GetGuid();

    private async Task<Guid> EnterpriseIdAsync()
    {
        await using var db = _host.Database.NewContext();
        return (await db.PublicityNotices.SingleAsync()).EnterpriseId;
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    [Fact]
    public async Task UseCases_OfASuspendedEnterprise_AreRefusedAtTheSave_AndNothingIsWritten()
    {
        var enterpriseId = await EnterpriseIdAsync();
        await InScopeAsync(async s => { await s.GetRequiredService<EnterpriseRegistry>().SuspendAsync(enterpriseId, "admin"); return 0; });
        long auditBefore;
        await using (var db = _host.Database.NewContext()) auditBefore = await db.AuditRecords.CountAsync();

        var resolve = await Assert.ThrowsAsync<DomainException>(() => InScopeAsync(s =>
            s.GetRequiredService<PublicityService>().ResolveAsync(enterpriseId, _host.CycleId, 1, upheld: false, "经核实不成立。", "hr")));
        var contact = await Assert.ThrowsAsync<DomainException>(() => InScopeAsync(s =>
            s.GetRequiredService<EnterpriseRegistry>().ChangeHrContactAsync(enterpriseId, "王芳", "wangfang@example.com", "hr")));

        Assert.Equal(("EVAL-ENT-021", "EVAL-ENT-021"), (resolve.Code, contact.Code));
        Assert.Contains("已暂停评价工作", resolve.Message);
        await using var after = _host.Database.NewContext();
        Assert.True(Assert.Single((await after.PublicityNotices.SingleAsync()).Objections).IsOpen);
        Assert.NotEqual("王芳", (await after.Enterprises.SingleAsync(e => e.Id == enterpriseId)).HrContactName);
        Assert.Equal(auditBefore, await after.AuditRecords.CountAsync());
    }

    [Fact]
    public async Task PublicObjection_ToAStruckOffEnterprise_IsRefusedOnThePage()
    {
        var enterpriseId = await EnterpriseIdAsync();
        await InScopeAsync(async s => { await s.GetRequiredService<EnterpriseRegistry>().StrikeOffAsync(enterpriseId, "admin"); return 0; });

        var (status, html, _) = await PublicForm.PostAsync(_host.Client(), _host.PublicUrl, Entry(1), "另一条异议。", "王五", "13912345678");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("EVAL-ENT-020", html);
        await using var db = _host.Database.NewContext();
        Assert.Single((await db.PublicityNotices.SingleAsync()).Objections);
    }

    [Fact]
    public async Task Reinstated_TheSameUseCaseRuns()
    {
        var enterpriseId = await EnterpriseIdAsync();
        await InScopeAsync(async s =>
        {
            var registry = s.GetRequiredService<EnterpriseRegistry>();
            await registry.SuspendAsync(enterpriseId, "admin");
            await registry.ReinstateAsync(enterpriseId, "admin");
            return 0;
        });

        await InScopeAsync(s => s.GetRequiredService<PublicityService>().ResolveAsync(enterpriseId, _host.CycleId, 1, upheld: false, "经核实不成立。", "hr"));

        await using var db = _host.Database.NewContext();
        Assert.False(Assert.Single((await db.PublicityNotices.SingleAsync()).Objections).IsOpen);
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Enterprise.Eval.Application.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>Registers the review's application services (the domain itself needs no registration).</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddSingleton<ReviewCsvWriter>();
        services.AddScoped<ReviewUnitOfWork>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewBallotService>();
        services.AddScoped<ReviewRecommendationService>();
        services.AddScoped<PriorityFlags>();
        services.AddScoped<ReviewReportService>();
        return services;
    }
}

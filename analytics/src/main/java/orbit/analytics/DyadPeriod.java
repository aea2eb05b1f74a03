package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * One period of a directed dyad source → target (formulas in docs/analytics.md): distinct real-world
 * events (clusters) of fact events, their Goldstein sum and mean, counts per QuadClass (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), the conflict share
 * (quad 3 + 4 over all), the articles published in the period, and events per 100 articles; each figure but the
 * QuadClass counts and the articles with the bounds of its 95 % bootstrap interval ({@code …Low}, {@code …High}).
 */
@JsonPropertyOrder({"source", "target", "period", "events", "eventsLow", "eventsHigh", "goldsteinSum",
    "goldsteinSumLow", "goldsteinSumHigh", "goldsteinMean", "goldsteinMeanLow", "goldsteinMeanHigh", "quad1", "quad2",
    "quad3", "quad4", "conflictShare", "conflictShareLow", "conflictShareHigh", "articles", "eventsPer100Articles",
    "eventsPer100ArticlesLow", "eventsPer100ArticlesHigh"})
public record DyadPeriod(String source, String target, LocalDate period, int events, double eventsLow,
                         double eventsHigh, double goldsteinSum, double goldsteinSumLow, double goldsteinSumHigh,
                         double goldsteinMean, double goldsteinMeanLow, double goldsteinMeanHigh, int quad1, int quad2,
                         int quad3, int quad4, double conflictShare, double conflictShareLow, double conflictShareHigh,
                         long articles, double eventsPer100Articles, double eventsPer100ArticlesLow,
                         double eventsPer100ArticlesHigh) {}

package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * One period of a directed dyad source → target (formulas in docs/analytics.md): distinct real-world
 * events (clusters) of fact events, their Goldstein sum and mean, counts per QuadClass (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), the conflict share
 * (quad 3 + 4 over all), the articles published in the period, and events per 100 articles.
 */
@JsonPropertyOrder({"source", "target", "period", "events", "goldsteinSum", "goldsteinMean", "quad1", "quad2",
    "quad3", "quad4", "conflictShare", "articles", "eventsPer100Articles"})
public record DyadPeriod(String source, String target, LocalDate period, int events, double goldsteinSum,
                         double goldsteinMean, int quad1, int quad2, int quad3, int quad4, double conflictShare,
                         long articles, double eventsPer100Articles) {}

package orbit.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One structural indicator row: one client, one partner, one year, one indicator, with its source. */
@JsonPropertyOrder({"country", "partner", "year", "indicator", "value", "unit", "source", "url", "note"})
public record Indicator(String country, String partner, int year, String indicator, double value, String unit,
                        String source, String url, String note) {}

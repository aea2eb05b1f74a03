package orbit.core.cameo;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One CAMEO event code: its name, Goldstein weight (-10 to +10), QuadClass (1 verbal cooperation, 2 material
 * cooperation, 3 verbal conflict, 4 material conflict) and PLOVER 0.8 category (null where PLOVER has none).
 */
@JsonPropertyOrder({"code", "name", "goldstein", "quad", "plover"})
public record CameoCode(String code, String name, double goldstein, int quad, String plover) {
  /** The root code: the first two digits ("18" for "1823"). */
  public String root() {
    return code.substring(0, 2);
  }

  /** True for the 20 two-digit root codes. */
  @JsonIgnore
  public boolean isRoot() {
    return code.length() == 2;
  }
}

package nl.alkmaar.wijkaanzet.idea;

import java.util.Arrays;
import java.util.Optional;

/** An optional age group, only for statistics on how young and old took part. */
public enum AgeGroup {
  ONDER_18("onder-18"),
  VAN_18_TOT_35("18-34"),
  VAN_35_TOT_65("35-64"),
  VANAF_65("65-plus");

  private final String id;

  AgeGroup(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<AgeGroup> byId(String id) {
    return Arrays.stream(values()).filter(group -> group.id.equals(id)).findFirst();
  }
}

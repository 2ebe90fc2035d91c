package nl.alkmaar.wijkaanzet.export;

import java.util.List;

/** An export as columns and rows of text (empty text where a value does not apply). */
public record Table(List<String> columns, List<List<String>> rows) {

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}

package nl.alkmaar.wijkaanzet.export.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.export.Table;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Exports for the council, for editors ({@value UserIdentity#EDITOR}) on the host that moderates:
 * {@code /api/export/punten.csv} and {@code /api/export/wijken.csv} as Excel in Dutch opens them
 * (UTF-8 with a byte order mark, {@code ;} between fields, CRLF, quotes where a field holds {@code
 * ;}, a quote or a line break), and the same tables as JSON at {@code /api/export/punten} and
 * {@code /api/export/wijken}. No personal data.
 */
public class ExportServlet extends ApiServlet {

  /** Excel in Dutch: semicolons, CRLF; quotes only where needed. */
  static final CSVFormat EXCEL_NL =
      CSVFormat.DEFAULT
          .builder()
          .setDelimiter(';')
          .setRecordSeparator("\r\n")
          .setQuoteMode(QuoteMode.MINIMAL)
          .get();

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    requireEditor(request, runtime, "Alleen redacteuren kunnen exports downloaden.");
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String name = path.startsWith("/") ? path.substring(1) : path;
    boolean csv = name.endsWith(".csv");
    Table table =
        switch (csv ? name.substring(0, name.length() - 4) : name) {
          case "punten" -> runtime.export().points();
          case "wijken" -> runtime.export().wijken();
          default -> throw new ProblemException(Problem.notFound());
        };
    // Exports are for the municipality's own files: no cache may keep a copy.
    response.setHeader("Cache-Control", "no-store");
    if (csv) {
      writeCsv(response, name, table);
    } else {
      Json.write(response, 200, json(table));
    }
  }

  static void writeCsv(HttpServletResponse response, String fileName, Table table)
      throws IOException {
    response.setStatus(200);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    // The byte order mark tells Excel the file is UTF-8; without it "Oranjebuurt café" breaks.
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, EXCEL_NL)) {
      printer.printRecord(table.columns());
      for (List<String> row : table.rows()) {
        printer.printRecord(row.stream().map(ExportServlet::inert).toList());
      }
    }
  }

  /**
   * A field as text that a spreadsheet does not run: residents' titles that start with {@code =},
   * {@code +}, {@code -} or {@code @} would otherwise be read as formulas (CSV injection), so they
   * get a leading apostrophe, as OWASP advises.
   */
  static String inert(String field) {
    if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
      return "'" + field;
    }
    return field;
  }

  private static Map<String, Object> json(Table table) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> row : table.rows()) {
      Map<String, String> object = new LinkedHashMap<>();
      for (int i = 0; i < table.columns().size(); i++) {
        object.put(table.columns().get(i), row.get(i));
      }
      rows.add(object);
    }
    return Map.of("columns", table.columns(), "rows", rows);
  }
}

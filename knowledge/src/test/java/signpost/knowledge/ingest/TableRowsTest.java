package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowsTest {

  @Test
  void a_run_of_years_heads_a_time_series_and_labels_its_figures() {
    List<List<String>> rows = List.of(List.of("Staff", "2022", "2023", "2024", "Target"),
        List.of("Median gender pay gap", "16.0%", "15.1%", "14.2%", "below 10% by 2029"));

    assertTrue(TableRows.looksLikeHeader(rows));
    assertEquals(List.of("Staff: Median gender pay gap; 2022: 16.0%; 2023: 15.1%; 2024: 14.2%; Target: below 10% by 2029"),
        TableRows.format(rows, true));
  }

  @Test
  void a_first_row_of_figures_or_of_one_year_is_data_not_headers() {
    assertFalse(TableRows.looksLikeHeader(List.of(List.of("Women", "56.8%", "57.0%"), List.of("Men", "43.2%", "43.0%"))));
    assertFalse(TableRows.looksLikeHeader(List.of(List.of("Published", "2022"), List.of("Review by", "2026"))));
    assertFalse(TableRows.looksLikeHeader(List.of(List.of("2022", "2023"), List.of("16.0%", "15.1%"))),
        "years alone, with no label, are no headings");
  }
}

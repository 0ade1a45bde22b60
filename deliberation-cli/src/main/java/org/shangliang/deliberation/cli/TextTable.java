package org.shangliang.deliberation.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for a terminal: columns padded to their widest cell, two spaces apart, a rule of
 * dashes under the header. Widths are display columns, so Chinese text lines up: a wide or fullwidth
 * character (East Asian Width W or F: CJK ideographs, kana, hangul, fullwidth forms) counts two
 * columns, a combining mark none. Line breaks and tabs in a cell are shown as spaces, so that one row
 * stays one line.
 */
final class TextTable {

  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header) {
    this.header = List.copyOf(header);
    this.rightAligned = new boolean[header.size()];
  }

  /**
   * A table with the given column headers.
   *
   * @param header the column headers, at least one
   * @return an empty table
   */
  static TextTable of(String... header) {
    if (header.length == 0) {
      throw new IllegalArgumentException("header: must name at least one column, was empty");
    }
    return new TextTable(List.of(header));
  }

  /**
   * Aligns a column to the right (numbers).
   *
   * @param column the column's index, from 0
   * @return this table
   */
  TextTable alignRight(int column) {
    Objects.checkIndex(column, header.size());
    rightAligned[column] = true;
    return this;
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column; {@code null} is shown as empty
   * @return this table
   * @throws IllegalArgumentException if the row has more or fewer cells than the header
   */
  TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "cells: must be " + header.size() + " (one per column), was " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell == null ? "" : oneLine(cell.toString()));
    }
    rows.add(row);
    return this;
  }

  /**
   * How many rows were added.
   *
   * @return the row count, header not counted
   */
  int size() {
    return rows.size();
  }

  /**
   * The table as text, each line ending in a line feed.
   *
   * @return the rendered table
   */
  String render() {
    int[] widths = new int[header.size()];
    measure(header, widths);
    for (List<String> row : rows) {
      measure(row, widths);
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void measure(List<String> cells, int[] widths) {
    for (int i = 0; i < cells.size(); i++) {
      widths[i] = Math.max(widths[i], width(cells.get(i)));
    }
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    int start = out.length();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - width(cell));
      if (i > 0) {
        out.append("  ");
      }
      if (rightAligned[i]) {
        out.append(pad).append(cell);
      } else {
        out.append(cell).append(pad);
      }
    }
    // no trailing spaces
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
    return out.toString();
  }

  /**
   * The display width of a text in terminal columns.
   *
   * @param text the text
   * @return its width: two per wide or fullwidth character, none per combining mark, one otherwise
   */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      width += wide(cp) ? 2 : 1;
    }
    return width;
  }

  /** East Asian Width W or F (Unicode Standard Annex #11), by its main ranges. */
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, ideographic description, CJK punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }
}
